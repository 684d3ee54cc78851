package org.relais.library;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.qa.QaApiIT;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.RelaisServer;

/** Usage requests, contracts, author grants and verification through the JSON API. */
@ExtendWith(RelaisServer.class)
public class UsageContractIT {
    @RelaisServer.Base URL base;

    static Map<String, Object> request(
            String name,
            String context,
            boolean commercial,
            String distribute,
            List<String> adapt) {
        return Map.of(
                "requester", Map.of("kind", "organisation", "name", name, "publicBody", true),
                "use",
                        Map.of(
                                "context",
                                context,
                                "commercial",
                                commercial,
                                "reproduce",
                                true,
                                "distribute",
                                distribute,
                                "adapt",
                                adapt,
                                "audienceSize",
                                12,
                                "from",
                                "2026-12-01",
                                "to",
                                "2027-06-30"));
    }

    @Test
    void a_covered_use_gets_a_contract_whose_pdf_names_the_licence_and_the_attribution()
            throws IOException {
        Api api = new Api(base);
        Member author = api.newMember("Claire Martin");
        Member user = api.newMember("Karim Benali");
        String kit =
                LibraryApiIT.deposit(
                        api,
                        author,
                        "Premiers pas avec un smartphone",
                        QaApiIT.newTag(api),
                        "CC-BY-SA-4.0");

        JsonPath answer =
                api.as(user)
                        .body(
                                request(
                                        "Médiathèque de Rezé",
                                        "library",
                                        false,
                                        "printed",
                                        List.of("translation")))
                        .post("/api/v1/kits/" + kit + "/usage-requests")
                        .then()
                        .statusCode(201)
                        .body("verdict", equalTo("covered"))
                        .body("contract.number", matchesPattern("RL-\\d{4}-\\d{6,}"))
                        .extract()
                        .jsonPath();
        String number = answer.getString("contract.number");
        assertTrue(
                answer.getList("obligations", String.class).stream()
                        .anyMatch(o -> o.contains("CC BY-SA 4.0")));

        JsonPath contract =
                api.as(user)
                        .get("/api/v1/contracts/" + number)
                        .then()
                        .statusCode(200)
                        .body("kind", equalTo("USAGE_CONTRACT"))
                        .body(
                                "legalCode",
                                equalTo(
                                        "https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr"))
                        .body(
                                "attribution",
                                containsString(
                                        "« Premiers pas avec un smartphone » par Claire Martin"))
                        .body("parties.role", equalTo(List.of("author", "user")))
                        .body("parties.kind", equalTo(List.of("person", "organisation")))
                        .body("parties[1].name", equalTo("Médiathèque de Rezé"))
                        .body("parties.publicBody", equalTo(List.of(false, true)))
                        .extract()
                        .jsonPath();
        byte[] guide = KitFixtures.pdf("Guide de l'animateur Premiers pas avec un smartphone");
        assertEquals("guide-animateur.pdf", contract.getString("files[0].name"));
        assertEquals(KitFixtures.sha256(guide), contract.getString("files[0].sha256"));
        assertEquals(guide.length, contract.getLong("files[0].size"));
        assertTrue(
                contract.getString("canonicalText").contains(KitFixtures.sha256(guide)),
                "the signed text still names the files by their SHA-256");
        verify(api, number, contract.getString("fingerprint")).body("valid", equalTo(true));
        api.anonymous()
                .queryParam("format", "JSON")
                .get("/openapi")
                .then()
                .statusCode(200)
                .body(
                        "components.schemas.PartyJson.properties.keySet()",
                        hasItems("role", "kind", "name", "publicBody"))
                .body(
                        "components.schemas.ContractFileJson.properties.keySet()",
                        hasItems("name", "sha256", "size"));
        byte[] pdf =
                api.as(user)
                        .accept("application/pdf")
                        .get("/api/v1/contracts/" + number)
                        .then()
                        .statusCode(200)
                        .contentType("application/pdf")
                        .extract()
                        .asByteArray();
        String text = text(pdf);
        assertTrue(
                text.contains("https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr"), text);
        assertTrue(text.contains(contract.getString("attribution")), text);
        assertTrue(text.contains(answer.getString("contract.fingerprint")), text);
        assertEquals(
                text,
                text(
                        api.as(author)
                                .accept("application/pdf")
                                .get("/contrats/" + number + "/pdf")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asByteArray()));

        Member stranger = api.newMember("Quelqu'un d'autre");
        api.as(stranger).get("/api/v1/contracts/" + number).then().statusCode(403);
    }

    @Test
    void an_uncovered_use_names_each_conflicting_term_and_bad_input_changes_nothing() {
        Api api = new Api(base);
        Member author = api.newMember("Association Clic");
        Member user = api.newMember("Organisme de formation");
        String kit =
                LibraryApiIT.deposit(
                        api,
                        author,
                        "Sécuriser sa messagerie",
                        QaApiIT.newTag(api),
                        "CC-BY-NC-4.0");

        api.as(user)
                .body(
                        request(
                                "Formations Numériques SARL",
                                "company",
                                true,
                                "participants",
                                List.of()))
                .post("/api/v1/kits/" + kit + "/usage-requests")
                .then()
                .statusCode(201)
                .body("verdict", equalTo("not-covered"))
                .body("reasons[0].code", equalTo("COMMERCIAL_FORBIDDEN"))
                .body(
                        "reasons[0].message",
                        equalTo(
                                "la licence CC BY-NC 4.0 interdit l’usage commercial ; votre formation payante est un usage commercial"))
                .body("contract", nullValue());
        api.as(user)
                .body(
                        request(
                                "Formations Numériques SARL",
                                "garage",
                                true,
                                "partout",
                                List.of("collage")))
                .post("/api/v1/kits/" + kit + "/usage-requests")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.find { it.field == 'use.context' }.message",
                        containsString("contexte"))
                .body("errors.find { it.field == 'use.adapt' }.message", containsString("collage"));
        api.as(user).get("/api/v1/usage-requests").then().statusCode(200).body("total", equalTo(1));
        api.anonymous()
                .body(request("Anonyme", "library", false, "none", List.of()))
                .post("/api/v1/kits/" + kit + "/usage-requests")
                .then()
                .statusCode(401);
    }

    @Test
    void the_author_grants_a_request_with_a_specific_authorisation_or_refuses_it() {
        Api api = new Api(base);
        Member author = api.newMember("Paul Durand");
        Member user = api.newMember("Collège Jules Verne");
        String kit =
                LibraryApiIT.deposit(
                        api,
                        author,
                        "Escape game numérique",
                        QaApiIT.newTag(api),
                        "LicenseRef-tous-droits-reserves");
        String first = requestId(api, user, kit);
        String second = requestId(api, user, kit);

        api.as(user)
                .body(Map.of("message", "Pour trois classes de quatrième, merci !"))
                .post("/api/v1/usage-requests/" + first + "/send")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"));
        api.as(user)
                .body(Map.of("message", "Et pour le club informatique ?"))
                .post("/api/v1/usage-requests/" + second + "/send")
                .then()
                .statusCode(200);
        api.as(author)
                .get("/api/v1/usage-requests?role=author")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.id == '" + first + "' }.message",
                        equalTo("Pour trois classes de quatrième, merci !"));
        api.as(user)
                .body(Map.of())
                .post("/api/v1/usage-requests/" + first + "/grant")
                .then()
                .statusCode(403);

        String number =
                api.as(author)
                        .body(
                                Map.of(
                                        "conditions",
                                        "Citer aussi le réseau Clic sur chaque fiche",
                                        "from",
                                        "2027-01-01",
                                        "to",
                                        "2027-06-30"))
                        .post("/api/v1/usage-requests/" + first + "/grant")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("number");
        api.as(user)
                .get("/api/v1/contracts/" + number)
                .then()
                .statusCode(200)
                .body("kind", equalTo("SPECIFIC_AUTHORISATION"))
                .body("authorConditions", equalTo("Citer aussi le réseau Clic sur chaque fiche"))
                .body("canonicalText", containsString("acceptance.by=Paul Durand"))
                .body("canonicalText", containsString("period.from=2027-01-01"));
        api.as(author)
                .body(Map.of())
                .post("/api/v1/usage-requests/" + first + "/grant")
                .then()
                .statusCode(409);

        api.as(author)
                .body(Map.of("message", " "))
                .post("/api/v1/usage-requests/" + second + "/refuse")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        api.as(author)
                .body(Map.of("message", "Le club n'entre pas dans ce que je souhaite autoriser."))
                .post("/api/v1/usage-requests/" + second + "/refuse")
                .then()
                .statusCode(200)
                .body("status", equalTo("REFUSED"));
    }

    @Test
    void verification_tells_a_genuine_contract_from_an_altered_one() {
        Api api = new Api(base);
        Member author = api.newMember("Claire Martin");
        Member user = api.newMember("EPN du Blosne");
        String kit =
                LibraryApiIT.deposit(
                        api,
                        author,
                        "Faire ses démarches CAF en ligne",
                        QaApiIT.newTag(api),
                        "etalab-2.0");
        JsonPath answer =
                api.as(user)
                        .body(
                                request(
                                        "EPN du Blosne",
                                        "public-digital-space",
                                        false,
                                        "participants",
                                        List.of()))
                        .post("/api/v1/kits/" + kit + "/usage-requests")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath();
        String number = answer.getString("contract.number");
        String fingerprint = answer.getString("contract.fingerprint");
        String altered = (fingerprint.charAt(0) == 'a' ? "b" : "a") + fingerprint.substring(1);

        verify(api, number, fingerprint)
                .body("valid", equalTo(true))
                .body("status", equalTo("genuine"));
        verify(api, number, altered)
                .body("valid", equalTo(false))
                .body("status", equalTo("altered"));
        verify(api, "RL-1999-000001", fingerprint)
                .body("valid", equalTo(false))
                .body("status", equalTo("unknown"));
        api.anonymous().accept("text/html").get("/contrats/verifier").then().statusCode(200);
    }

    @Test
    void remix_check_by_licences() {
        Api api = new Api(base);
        api.anonymous()
                .body(Map.of("licences", List.of("CC-BY-4.0", "CC-BY-SA-4.0")))
                .post("/api/v1/remix-check")
                .then()
                .statusCode(200)
                .body("compatible", equalTo(true))
                .body("possibleLicences", equalTo(List.of("CC-BY-SA-4.0")));
        api.anonymous()
                .body(Map.of("licences", List.of("CC-BY-SA-4.0", "CC-BY-NC-4.0")))
                .post("/api/v1/remix-check")
                .then()
                .statusCode(200)
                .body("compatible", equalTo(false))
                .body("reasons[0]", containsString("ne peuvent pas être combinées"));
        api.anonymous()
                .body(Map.of("licences", List.of("GPL-3.0")))
                .post("/api/v1/remix-check")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse verify(
            Api api, String number, String fingerprint) {
        return api.anonymous()
                .body(Map.of("number", number, "fingerprint", fingerprint))
                .post("/api/v1/contracts/verify")
                .then()
                .statusCode(200);
    }

    private static String requestId(Api api, Member user, String kit) {
        return api.as(user)
                .body(request("Collège Jules Verne", "school", false, "printed", List.of()))
                .post("/api/v1/kits/" + kit + "/usage-requests")
                .then()
                .statusCode(201)
                .body("verdict", equalTo("not-covered"))
                .extract()
                .path("id");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
