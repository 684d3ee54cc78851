package org.relais.platform.upload;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Responses that hand a stored file to the browser as a download, never as a page: {@code
 * Content-Disposition: attachment} with the file's name (RFC 6266, the UTF-8 name in {@code
 * filename*} per RFC 5987 and an ASCII fallback), the type confirmed at upload, {@code
 * X-Content-Type-Options: nosniff} so the browser does not guess another type, a sandboxing
 * Content-Security-Policy in case it is opened anyway, and the SHA-256 as a strong ETag, so a
 * client that already has the file gets {@code 304 Not Modified}.
 */
public final class Downloads {
    private static final String ATTR_CHARS =
            "!#$&+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private Downloads() {}

    /**
     * The download of a stored file.
     *
     * @param request the JAX-RS request, for {@code If-None-Match}
     * @param file the file in the {@link FileStore}
     * @param fileName the name the browser saves it under
     * @param mediaType the type confirmed at upload ({@link InspectedFile#mediaType()})
     * @param sha256 the content's SHA-256, its ETag
     */
    public static Response attachment(
            Request request, Path file, String fileName, String mediaType, String sha256) {
        EntityTag tag = new EntityTag(sha256);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .header(HttpHeaders.CONTENT_LENGTH, size)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .tag(tag)
                .cacheControl(cache)
                .build();
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded}. */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\""
                + asciiFallback(fileName)
                + "\"; filename*=UTF-8''"
                + percentEncode(fileName);
    }

    /** Accents dropped, anything outside printable ASCII or special in a quoted string as "_". */
    static String asciiFallback(String fileName) {
        String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            boolean safe = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' && c != ';';
            ascii.append(safe ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String percentEncode(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
