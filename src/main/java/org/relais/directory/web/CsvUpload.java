package org.relais.directory.web;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/**
 * The CSV file of an import, from the page's multipart form or the body of {@code POST
 * /api/v1/places/import}, checked the same way for both before anything is imported: a file was
 * chosen, it is not empty, not over the cap (read one byte over it at most, so an endless body is
 * not read), not binary (a spreadsheet saved as .xlsx, a PDF), and in UTF-8, the schema's encoding.
 * The type is judged from the content, not from the name or the browser's declared type (a
 * spreadsheet program's CSV often comes as {@code application/vnd.ms-excel}). Every refusal is a
 * {@link RuleViolation} on the file field.
 *
 * @param fileName the name the browser gave, or {@link #BODY_NAME} for the API's body
 * @param text the content, decoded
 */
public record CsvUpload(String fileName, String text) {
    /** The setting of the largest file imported, by the page and the API alike. */
    public static final String MAX_BYTES = "relais.directory.import-max-bytes";

    /** 5 MB: the import runs while the request waits, about 5 s per 1,000 rows. */
    public static final String DEFAULT_MAX_BYTES = "5242880";

    /** The name refusals give the API's body, which comes without one. */
    public static final String BODY_NAME = "import.csv";

    /**
     * A file over the cap: a violation on the field, with the status and the summary of a body too
     * large.
     */
    static final class TooLarge extends RuleViolation {
        private static final long serialVersionUID = 1L;

        TooLarge(String field, String fileName, long maxBytes) {
            super(
                    "error.413",
                    List.of(
                            new FieldError(
                                    field,
                                    "upload.too-large",
                                    new Object[] {fileName, megabytes(maxBytes)})));
        }

        @Override
        public int status() {
            return 413;
        }
    }

    /**
     * @param field the file input's name, also the field of the refusals
     * @param maxBytes the largest file accepted
     */
    public static CsvUpload read(List<EntityPart> parts, String field, long maxBytes)
            throws IOException {
        EntityPart part =
                parts.stream()
                        .filter(p -> field.equals(p.getName()))
                        .filter(p -> p.getFileName().filter(n -> !n.isBlank()).isPresent())
                        .findFirst()
                        .orElseThrow(() -> RuleViolation.of(field, "place.import.file.required"));
        try (InputStream in = part.getContent()) {
            return check(part.getFileName().orElseThrow(), in, field, maxBytes);
        }
    }

    /**
     * Reads the file under the given name and checks it, reading at most one byte over the cap
     * whatever the request announced.
     */
    public static CsvUpload check(String fileName, InputStream in, String field, long maxBytes)
            throws IOException {
        String name = baseName(fileName);
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length == 0) {
            throw RuleViolation.of(field, "upload.empty", name);
        }
        if (bytes.length > maxBytes) {
            throw new TooLarge(field, name, maxBytes);
        }
        if (isBinary(bytes)) {
            throw RuleViolation.of(field, "place.import.file.not-text", name);
        }
        return new CsvUpload(name, decode(bytes, field, name));
    }

    /** The content, for the importer. */
    public Reader reader() {
        return new StringReader(text);
    }

    /** A NUL byte never occurs in UTF-8 text, and always in spreadsheets, archives and UTF-16. */
    private static boolean isBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Strict UTF-8: a refusal names the line of the first byte that is not UTF-8. */
    private static String decode(byte[] bytes, String field, String name) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw RuleViolation.of(
                    field, "place.import.file.not-utf8", name, lineAt(bytes, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Some browsers send the path the file had on the visitor's machine. */
    private static String baseName(String fileName) {
        String base =
                fileName.substring(
                        Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return base.isBlank() ? fileName : base;
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
