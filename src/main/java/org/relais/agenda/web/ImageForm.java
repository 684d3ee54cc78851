package org.relais.agenda.web;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.relais.agenda.application.EventImages;

/**
 * A multipart request carrying an event's image: its text fields, and the file part (when one was
 * chosen) copied to a temporary file of the data directory, one byte over the cap at most so that
 * the cap is seen without reading an unbounded body. Closing deletes the temporary file.
 */
public final class ImageForm implements AutoCloseable {
    private final MultivaluedMap<String, String> fields;
    private final EventImages.Upload upload;

    private ImageForm(MultivaluedMap<String, String> fields, EventImages.Upload upload) {
        this.fields = fields;
        this.upload = upload;
    }

    /**
     * Reads the parts: {@code filePart} is the image (ignored when no file was chosen), {@code
     * altField} the text field holding its alternative text, every other part a text field.
     */
    public static ImageForm receive(
            List<EntityPart> parts, String filePart, String altField, Path folder, long maxBytes)
            throws IOException {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        EntityPart file = null;
        for (EntityPart part : parts) {
            if (filePart.equals(part.getName())) {
                if (part.getFileName().filter(n -> !n.isBlank()).isPresent()) {
                    file = part;
                }
            } else {
                try (InputStream in = part.getContent()) {
                    fields.add(
                            part.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        if (file == null) {
            return new ImageForm(fields, null);
        }
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "event-image-", ".part");
        try (InputStream in = file.getContent()) {
            Files.write(
                    temporary, in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
        }
        return new ImageForm(
                fields,
                new EventImages.Upload(
                        file.getFileName().get(), temporary, fields.getFirst(altField)));
    }

    /** The text fields, as a URL-encoded form would give them. */
    public MultivaluedMap<String, String> fields() {
        return fields;
    }

    /** The image, when a file was chosen. */
    public Optional<EventImages.Upload> upload() {
        return Optional.ofNullable(upload);
    }

    @Override
    public void close() throws IOException {
        if (upload != null) {
            Files.deleteIfExists(upload.file());
        }
    }
}
