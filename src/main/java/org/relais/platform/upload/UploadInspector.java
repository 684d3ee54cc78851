package org.relais.platform.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides whether an uploaded file may be kept. The file's name says what it claims to be; its
 * content, read by Tika's magic-byte detector (tika-core only: no parser runs in the server), says
 * what it is. It is accepted when the claim is on the allow-list ({@link FileType}), the content
 * agrees with it, and, for the ZIP-based formats, the archive passes {@link ArchiveInspector}.
 * Content that a browser would run (HTML, SVG, scripts) and programs are refused whatever their
 * name. Every refusal is an {@link UploadRefused} naming the file.
 */
@ApplicationScoped
public class UploadInspector {
    private static final int NAME_MAX = 255;

    /** Detected types refused whatever the name, with the message key naming their kind. */
    private static final Map<String, String> DANGEROUS =
            Map.ofEntries(
                    Map.entry("text/html", "upload.type.html"),
                    Map.entry("application/xhtml+xml", "upload.type.html"),
                    Map.entry("image/svg+xml", "upload.type.svg"),
                    Map.entry("text/javascript", "upload.type.script"),
                    Map.entry("application/javascript", "upload.type.script"),
                    Map.entry("application/x-sh", "upload.type.script"),
                    Map.entry("application/x-bat", "upload.type.script"),
                    Map.entry("application/x-msdownload", "upload.type.executable"),
                    Map.entry("application/x-dosexec", "upload.type.executable"),
                    Map.entry("application/x-executable", "upload.type.executable"),
                    Map.entry("application/x-elf", "upload.type.executable"),
                    Map.entry("application/x-sharedlib", "upload.type.executable"),
                    Map.entry("application/x-mach-o-executable", "upload.type.executable"),
                    Map.entry("application/java-vm", "upload.type.executable"));

    @Inject UploadPolicy policy;

    /** For CDI. */
    public UploadInspector() {}

    /** For tests and tools, without a container. */
    public UploadInspector(UploadPolicy policy) {
        this.policy = policy;
    }

    /**
     * Inspects an uploaded file kept in a temporary file.
     *
     * @param fileName the name the uploader gave (folders, if a browser sent them, are dropped)
     * @throws UploadRefused naming the file and the reason
     */
    public InspectedFile inspect(String fileName, Path temporaryFile) {
        String name = baseName(fileName);
        if (name.isEmpty() || name.length() > NAME_MAX || hasControlCharacter(name)) {
            throw new UploadRefused(422, name, "upload.name.invalid");
        }
        long size = size(temporaryFile);
        if (size == 0) {
            throw new UploadRefused(422, name, "upload.empty");
        }
        if (size > policy.maxFileBytes()) {
            throw new UploadRefused(
                    413, name, "upload.too-large", megabytes(policy.maxFileBytes()));
        }
        String detected = detect(temporaryFile);
        String danger = DANGEROUS.get(detected);
        if (danger != null || detected.startsWith("application/x-mach-o")) {
            throw new UploadRefused(415, name, danger == null ? "upload.type.executable" : danger);
        }
        FileType type = claimedType(name);
        if (!type.admits(detected)) {
            throw new UploadRefused(415, name, "upload.type.mismatch", extension(name), detected);
        }
        if (type.isArchive()) {
            ArchiveSummary archive = new ArchiveInspector(policy).inspect(name, temporaryFile);
            Optional<String> required = type.requiredEntry();
            if (required.isPresent() && !archive.contains(required.get())) {
                throw new UploadRefused(
                        415, name, "upload.type.mismatch", extension(name), detected);
            }
        }
        return new InspectedFile(name, type.mediaType(), size, sha256(temporaryFile));
    }

    /**
     * Refuses a kit version whose files together exceed {@code relais.upload.max-kit-bytes}, naming
     * the first file that goes over.
     */
    public void checkKitSize(Collection<InspectedFile> files) {
        long total = 0;
        for (InspectedFile file : files) {
            total += file.size();
            if (total > policy.maxKitBytes()) {
                throw new UploadRefused(
                        413,
                        file.fileName(),
                        "upload.kit-too-large",
                        megabytes(policy.maxKitBytes()));
            }
        }
    }

    private static FileType claimedType(String name) {
        String extension = extension(name);
        if (extension.isEmpty()) {
            throw new UploadRefused(415, name, "upload.type.no-extension");
        }
        return FileType.byExtension(extension)
                .orElseThrow(
                        () -> new UploadRefused(415, name, "upload.type.not-allowed", extension));
    }

    /** Tika's type from the content alone (magic bytes, else text or binary). */
    static String detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return MimeTypes.getDefaultMimeTypes()
                    .detect(in, new Metadata())
                    .getBaseType()
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String baseName(String fileName) {
        String name = utf8Name(fileName == null ? "" : fileName.strip());
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /**
     * Browsers send a file name in UTF-8 inside the multipart header, which the JAX-RS runtime
     * decodes as ISO-8859-1 ("DÃ©roulÃ©.odt"). A name whose characters are all single bytes and
     * whose bytes form valid UTF-8 with some non-ASCII is such a name: it is decoded again. A real
     * ISO-8859-1 name ("café.pdf") is not valid UTF-8 and stays as it is.
     */
    static String utf8Name(String name) {
        if (name.chars().anyMatch(c -> c > 0xff) || name.chars().allMatch(c -> c < 0x80)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    private static boolean hasControlCharacter(String name) {
        return name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A limit in whole mebibytes, as the messages show it ("50 Mo"). */
    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
