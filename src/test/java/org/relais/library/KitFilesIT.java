package org.relais.library;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.qa.QaApiIT;
import org.relais.search.extraction.SampleFiles;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.RelaisServer;

/**
 * Uploads of a kit deposit through the API: a word only inside a PDF finds the kit once its text is
 * extracted, hostile files are refused with a French problem naming them and leave nothing, and
 * downloads are attachments with the confirmed type, {@code nosniff} and an ETag.
 */
@ExtendWith(RelaisServer.class)
class KitFilesIT {
    @RelaisServer.Base URL base;

    private static Map<String, Object> kit(String title, String tag) {
        return Map.of(
                "tags",
                List.of(tag),
                "title",
                title,
                "summary",
                "Un atelier pour apprendre à reconnaître les messages frauduleux.",
                "description",
                "Déroulé, quiz et fiche à distribuer.",
                "origin",
                Map.of("kind", "OWN"),
                "licence",
                "CC-BY-SA-4.0",
                "declarationAccepted",
                true);
    }

    /**
     * A multipart deposit written by hand, as a browser sends it: the file name in UTF-8 in the
     * part's header (RestAssured would send it in ISO-8859-1, turning accents into "?").
     */
    private static RequestSpecification deposit(
            RequestSpecification as, Map<String, Object> kit, String fileName, byte[] file) {
        String boundary = "----relais" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"kit\"\r\n"
                                + "Content-Type: application/json\r\n\r\n"
                                + json(kit)
                                + "\r\n--"
                                + boundary
                                + "\r\n"
                                + "Content-Disposition: form-data; name=\"file\"; filename=\""
                                + fileName
                                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return as.contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray());
    }

    private static String json(Map<String, Object> kit) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(kit);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKitIsFoundByAWordThatOnlyItsPdfHolds() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Inès Carpentier");
        String word = "tarabiscotine" + System.nanoTime() % 100000;
        byte[] pdf = SampleFiles.pdf("Le mot de passe du quiz est " + word + " pour tous", null);

        String kitId =
                deposit(
                                api.as(author),
                                kit("Repérer les faux SMS de livraison", tag),
                                "quiz.pdf",
                                pdf)
                        .post("/api/v1/kits")
                        .then()
                        .log()
                        .ifValidationFails()
                        .statusCode(201)
                        .extract()
                        .path("id");

        JsonPath found =
                await().atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500))
                        .until(
                                () ->
                                        api.anonymous()
                                                .queryParam("q", word)
                                                .get("/api/v1/search")
                                                .jsonPath(),
                                page -> page.getInt("total") == 1);
        assertEquals("kit", found.getString("items[0].type"));
        assertEquals(kitId, found.getString("items[0].id"));
    }

    @Test
    void hostileFilesAreRefusedInFrenchNamingTheFileAndLeaveNoKit() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Hugo Lemaire");
        byte[] html =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8);
        String title = "Kit piégé " + System.nanoTime();

        deposit(api.as(author), kit(title, tag), "facture.pdf", html)
                .header("Accept-Language", "fr")
                .post("/api/v1/kits")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("« facture.pdf »"))
                .body("detail", containsString("page web"));

        deposit(api.as(author), kit(title, tag), "kit.zip", SampleFiles.flatBomb(8))
                .post("/api/v1/kits")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("« kit.zip »"));

        // the server still answers, and no kit was recorded
        JsonPath mine = api.anonymous().queryParam("size", "100").get("/api/v1/kits").jsonPath();
        assertEquals(0, mine.getList("items.title").stream().filter(title::equals).count());
    }

    @Test
    void aDownloadIsAnAttachmentWithTheConfirmedTypeNosniffAndAnETag() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Maëlle Riou");
        byte[] odt = SampleFiles.odt("Déroulé de la séance");

        JsonPath kit =
                deposit(
                                api.as(author),
                                kit("Déroulé en OpenDocument", tag),
                                "Déroulé « séance ».odt",
                                odt)
                        .post("/api/v1/kits")
                        .then()
                        .log()
                        .ifValidationFails()
                        .statusCode(201)
                        .extract()
                        .jsonPath();
        String url = kit.getString("version.files[0].url");
        String sha256 = kit.getString("version.files[0].sha256");

        Response download = api.anonymous().accept("*/*").get(url);
        download.then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .contentType("application/vnd.oasis.opendocument.text")
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"Deroule _ seance _.odt\";"
                                + " filename*=UTF-8''D%C3%A9roul%C3%A9%20%C2%AB%20s%C3%A9ance%20%C2%BB.odt")
                .header("Content-Length", String.valueOf(odt.length));
        assertEquals(odt.length, download.asByteArray().length);
        String etag = download.header("ETag");
        assertEquals("\"" + sha256 + "\"", etag);

        api.anonymous().accept("*/*").header("If-None-Match", etag).get(url).then().statusCode(304);
    }
}
