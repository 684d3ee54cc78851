package org.relais.library.web;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.library.application.Upload;

/**
 * The parts of a multipart request, read once: text fields as strings, file parts copied to
 * temporary files. A file is copied up to one byte over the per-file cap, so that the inspector
 * refuses it by its size without the server reading an endless stream. Closing deletes the
 * temporary files.
 */
public final class ReceivedParts implements AutoCloseable {
    static final int FIELD_MAX = 256 * 1024;

    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final List<Upload> uploads = new ArrayList<>();

    private ReceivedParts() {}

    /**
     * @param fileField the name of the file parts ({@code file})
     * @param folder where temporary files go
     * @param maxFileBytes the per-file cap
     */
    public static ReceivedParts read(
            List<EntityPart> parts, String fileField, Path folder, long maxFileBytes) {
        ReceivedParts received = new ReceivedParts();
        try {
            for (EntityPart part : parts) {
                if (fileField.equals(part.getName()) && part.getFileName().isPresent()) {
                    if (part.getFileName().get().isBlank()) {
                        continue; // a file input left empty in a browser form
                    }
                    received.uploads.add(
                            new Upload(
                                    part.getFileName().get(),
                                    copy(part.getContent(), folder, maxFileBytes + 1)));
                } else {
                    received.fields
                            .computeIfAbsent(part.getName(), n -> new ArrayList<>())
                            .add(text(part.getContent(), charset(part)));
                }
            }
            return received;
        } catch (IOException | RuntimeException e) {
            received.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static Path copy(InputStream in, Path folder, long limit) throws IOException {
        Path file = Files.createTempFile(Files.createDirectories(folder), "upload-", ".part");
        try (in;
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            for (int n;
                    copied < limit
                            && (n =
                                            in.read(
                                                    buffer,
                                                    0,
                                                    (int) Math.min(buffer.length, limit - copied)))
                                    >= 0; ) {
                out.write(buffer, 0, n);
                copied += n;
            }
        }
        return file;
    }

    /** The part's declared charset, UTF-8 when it declares none (as browsers send forms). */
    private static java.nio.charset.Charset charset(EntityPart part) {
        String name =
                part.getMediaType() == null
                        ? null
                        : part.getMediaType().getParameters().get("charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String text(InputStream in, java.nio.charset.Charset charset)
            throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(FIELD_MAX + 1);
            if (bytes.length > FIELD_MAX) {
                throw new org.relais.platform.error.PayloadTooLargeException();
            }
            return new String(bytes, charset);
        }
    }

    public String field(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> fields(String name) {
        return fields.getOrDefault(name, List.of());
    }

    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    @Override
    public void close() {
        for (Upload upload : uploads) {
            try {
                Files.deleteIfExists(upload.temporaryFile());
            } catch (IOException e) {
                // A leftover temporary file is harmless; the folder is only a waiting room.
            }
        }
    }
}
