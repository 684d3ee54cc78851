package org.relais.library;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files and kit descriptions for the library's integration tests. */
final class KitFixtures {
    private KitFixtures() {}

    /** A tiny but well-formed PDF whose text says what the test wants to find. */
    static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String body =
                "%PDF-1.4\n"
                        + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
                        + " /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                        + "4 0 obj << /Length "
                        + stream.length()
                        + " >> stream\n"
                        + stream
                        + "\nendstream endobj\n"
                        + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP whose entry climbs out of the folder it would be extracted to (zip-slip). */
    static byte[] zipSlip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../etc/relais-evil.txt"));
            zip.write("pwned".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON of a kit part: an own work under the given licence, declaration accepted. */
    static String kitJson(String title, String tag, String licence, boolean declared) {
        return """
                {"title": "%s",
                 "summary": "Un atelier pour découvrir son smartphone pas à pas.",
                 "description": "## Déroulé\\n\\n1. Allumer le téléphone\\n2. Régler la luminosité",
                 "audience": "Seniors débutants", "durationMinutes": 120, "level": "BEGINNER",
                 "tags": ["%s"],
                 "links": [{"url": "https://www.example.org/fiche", "label": "Fiche en ligne"}],
                 "origin": {"kind": "OWN"},
                 "licence": "%s",
                 "declarationAccepted": %s}
                """
                .formatted(title, tag, licence, declared);
    }

    /** Posts a multipart deposit: the kit part and files given as name, bytes pairs. */
    static Response post(RequestSpecification as, String path, String kit, Object... files) {
        RequestSpecification request =
                as.contentType("multipart/form-data")
                        .multiPart(
                                new MultiPartSpecBuilder(kit)
                                        .controlName("kit")
                                        .mimeType("application/json")
                                        .charset(StandardCharsets.UTF_8)
                                        .build());
        for (int i = 0; i < files.length; i += 2) {
            request = request.multiPart("file", (String) files[i], (byte[]) files[i + 1]);
        }
        return request.post(path);
    }
}
