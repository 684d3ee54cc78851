package org.relais.library;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relais.library.KitFixtures.kitJson;
import static org.relais.library.KitFixtures.pdf;
import static org.relais.library.KitFixtures.post;
import static org.relais.library.KitFixtures.sha256;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.qa.QaApiIT;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.EditConflictSteps;
import org.relais.testing.PageClient;
import org.relais.testing.RelaisServer;
import org.relais.testing.TestServers;

/** The library through its JSON API: deposit, versions, hostile uploads, ratings, reports. */
@ExtendWith(RelaisServer.class)
public class LibraryApiIT {
    @RelaisServer.Base URL base;

    static String deposit(Api api, Member by, String title, String tag, String licence) {
        return post(
                        api.as(by),
                        "/api/v1/kits",
                        kitJson(title, tag, licence, true),
                        "guide-animateur.pdf",
                        pdf("Guide de l'animateur " + title))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aVersionWrittenFromAnOlderRevisionIsRefusedInsteadOfReplacingTheOnePublishedMeanwhile() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Hélène Versions");
        String kit =
                "/api/v1/kits/"
                        + deposit(api, author, "Réseaux sociaux en sécurité", tag, "CC-BY-4.0");
        String seen = api.as(author).get(kit).then().statusCode(200).extract().path("revision");
        byte[] notes = KitFixtures.text("Notes : vérifier les paramètres de confidentialité.");

        post(
                        api.asAdmin(),
                        kit + "/versions",
                        version("Réseaux sociaux : la confidentialité", tag, seen),
                        "notes.txt",
                        notes)
                .then()
                .statusCode(201);
        EditConflictSteps.refusedAsStale(
                post(
                        api.as(author),
                        kit + "/versions",
                        version("Réseaux sociaux en sécurité, revu", tag, seen),
                        "notes.txt",
                        notes));
        String current =
                api.anonymous()
                        .get(kit)
                        .then()
                        .body("currentVersion", equalTo(2))
                        .body("title", equalTo("Réseaux sociaux : la confidentialité"))
                        .body("revision", not(equalTo(seen)))
                        .extract()
                        .path("revision");

        post(
                        api.as(author),
                        kit + "/versions",
                        version("Réseaux sociaux en sécurité, revu", tag, current),
                        "notes.txt",
                        notes)
                .then()
                .statusCode(201)
                .body("currentVersion", equalTo(3))
                .body("title", equalTo("Réseaux sociaux en sécurité, revu"));
        post(
                        api.as(author),
                        kit + "/versions",
                        version("Réseaux sociaux, sans révision", tag, null),
                        "notes.txt",
                        notes)
                .then()
                .statusCode(201)
                .body("currentVersion", equalTo(4));
    }

    /** The kit part of a new version, written from {@code revision} (null: none given). */
    private static String version(String title, String tag, String revision) {
        String json = kitJson(title, tag, "CC-BY-4.0", true);
        return revision == null
                ? json
                : json.replace(
                        "\"declarationAccepted\": true",
                        "\"declarationAccepted\": true, \"revision\": \"" + revision + "\"");
    }

    @Test
    void aDepositKeepsItsVersionsFilesAndLicence() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Camille Dépôt");
        byte[] guide = pdf("Allumer le smartphone");
        byte[] notes = KitFixtures.text("Notes d'animation : prévoir des chargeurs.");
        String id =
                post(
                                api.as(author),
                                "/api/v1/kits",
                                kitJson("Premiers pas sur smartphone", tag, "CC-BY-SA-4.0", true),
                                "guide.pdf",
                                guide)
                        .then()
                        .statusCode(201)
                        .header("Location", containsString("/api/v1/kits/"))
                        .body("title", equalTo("Premiers pas sur smartphone"))
                        .body("licence", equalTo("CC-BY-SA-4.0"))
                        .body("currentVersion", equalTo(1))
                        .body("version.files[0].name", equalTo("guide.pdf"))
                        .body("version.files[0].mediaType", equalTo("application/pdf"))
                        .body("version.files[0].sha256", equalTo(sha256(guide)))
                        .body("version.declaration.memberId", equalTo(author.id()))
                        .body("version.links[0].url", equalTo("https://www.example.org/fiche"))
                        .extract()
                        .path("id");

        assertTrue(Files.exists(stored(sha256(guide))), "the file is kept under its SHA-256");
        api.anonymous()
                .get("/api/v1/kits/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("descriptionHtml", containsString("<li>Allumer le téléphone</li>"))
                .body("version.number", equalTo(1))
                .body("version.origin.kind", equalTo("OWN"))
                .body("version.files[0].sha256", equalTo(sha256(guide)));

        String second =
                kitJson("Premiers pas sur smartphone", tag, "CC-BY-4.0", true)
                        .replace(
                                "\"declarationAccepted\": true",
                                "\"declarationAccepted\": true, \"changes\": \"Ajout des notes\","
                                        + " \"keepFiles\": [\""
                                        + sha256(guide)
                                        + "\"]");
        post(api.as(author), "/api/v1/kits/" + id + "/versions", second, "notes.txt", notes)
                .then()
                .statusCode(201)
                .body("currentVersion", equalTo(2))
                .body("licence", equalTo("CC-BY-4.0"))
                .body("version.files.name", equalTo(List.of("guide.pdf", "notes.txt")))
                .body("version.files.sha256", hasItem(sha256(notes)));

        api.anonymous()
                .get("/api/v1/kits/" + id + "/versions")
                .then()
                .statusCode(200)
                .body("items.number", equalTo(List.of(2, 1)))
                .body("items[1].licence", equalTo("CC-BY-SA-4.0"))
                .body("items[1].files.name", equalTo(List.of("guide.pdf")))
                .body("items[0].changes", equalTo("Ajout des notes"));

        api.anonymous()
                .get(
                        "/bibliotheque/kits/"
                                + id
                                + "/fichiers/"
                                + api.anonymous()
                                        .get("/api/v1/kits/" + id)
                                        .path("version.files[1].id"))
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Content-Type-Options", equalTo("nosniff"));

        Member stranger = api.newMember("Dominique Autre");
        post(api.as(stranger), "/api/v1/kits/" + id + "/versions", second, "notes.txt", notes)
                .then()
                .statusCode(403);
        api.anonymous()
                .get("/api/v1/kits?tag=" + tag + "&licence=CC-BY-4.0")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        for (String filter : List.of("licence", "type")) {
            api.anonymous()
                    .get("/api/v1/kits?" + filter + "=bogus")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(filter))
                    .body("errors.message", hasItem(containsString("« bogus »")));
        }
    }

    @Test
    void aHostileFileRefusesTheWholeDepositAndTheServerStillAnswers() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        String title = "Kit piégé " + System.nanoTime();
        byte[] good = pdf("Une fiche correcte " + title);
        post(
                        api.asAdmin(),
                        "/api/v1/kits",
                        kitJson(title, tag, "CC-BY-4.0", true),
                        "fiche.pdf",
                        good,
                        "dossier-du-kit.zip",
                        KitFixtures.zipSlip())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("dossier-du-kit.zip"));
        post(
                        api.asAdmin(),
                        "/api/v1/kits",
                        kitJson(title, tag, "CC-BY-4.0", true),
                        "photo.png",
                        "<html><script>alert(1)</script></html>".getBytes())
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("photo.png"));
        api.anonymous()
                .get("/api/v1/kits?tag=" + tag)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        assertFalse(
                Files.exists(stored(sha256(good))),
                "the accepted file of a refused deposit is not kept");
        api.anonymous().get("/health").then().statusCode(200);
    }

    /** Where the file store would keep these bytes on the test server. */
    static Path stored(String sha256) {
        return Path.of(
                System.getProperty(TestServers.DATA_DIR),
                "files",
                sha256.substring(0, 2),
                sha256.substring(2, 4),
                sha256);
    }

    @Test
    void aDepositMissingItsDeclarationOrBreakingTheThirdPartyRuleIsRefused() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        post(api.asAdmin(), "/api/v1/kits", kitJson("Sans déclaration", tag, "CC-BY-4.0", false))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("declarationAccepted"))
                .body("errors.field", hasItem("file"));
        String thirdParty =
                kitJson("Fiche reprise de la MedNum", tag, "CC-BY-4.0", true)
                        .replace(
                                "{\"kind\": \"OWN\"}",
                                "{\"kind\": \"THIRD_PARTY\", \"names\": \"La MedNum\","
                                        + " \"existingPermission\": \"CC BY-SA 4.0\"}");
        post(api.asAdmin(), "/api/v1/kits", thirdParty, "fiche.pdf", pdf("Fiche"))
                .then()
                .statusCode(422)
                .body(
                        "errors.find { it.field == 'licence' }.message",
                        containsString("CC BY-SA 4.0"));
        post(
                        api.asAdmin(),
                        "/api/v1/kits",
                        thirdParty.replace("\"CC-BY-4.0\"", "\"CC-BY-SA-4.0\""),
                        "fiche.pdf",
                        pdf("Fiche"))
                .then()
                .statusCode(201)
                .body("version.origin.names", equalTo("La MedNum"));
    }

    @Test
    void membersRateOnceAndARightsReportUnpublishesUntilAModeratorRepublishes() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Sacha Autrice");
        String id = deposit(api, author, "Atelier démarches en ligne", tag, "CC-BY-NC-4.0");
        Member reader = api.newMember("Noa Lecteur");

        api.as(reader)
                .body(Map.of("stars", 3))
                .put("/api/v1/kits/" + id + "/rating")
                .then()
                .statusCode(200);
        api.as(reader)
                .body(Map.of("stars", 4))
                .put("/api/v1/kits/" + id + "/rating")
                .then()
                .statusCode(200)
                .body("rating.count", equalTo(1))
                .body("rating.mine", equalTo(4))
                .body("rating.average", equalTo(4.0f));
        api.as(author)
                .body(Map.of("stars", 4))
                .put("/api/v1/kits/" + id + "/rating")
                .then()
                .statusCode(422);
        api.as(reader)
                .body(Map.of("stars", 5))
                .put("/api/v1/kits/" + id + "/rating")
                .then()
                .statusCode(422);

        api.as(reader)
                .body(
                        Map.of(
                                "reason",
                                "RIGHTS",
                                "comment",
                                "Les illustrations viennent d'un manuel."))
                .post("/api/v1/kits/" + id + "/reports")
                .then()
                .statusCode(201)
                .body("unpublished", equalTo(true));
        api.anonymous().get("/api/v1/kits/" + id).then().statusCode(404);
        api.anonymous().get("/api/v1/kits?tag=" + tag).then().body("items.id", not(hasItem(id)));
        api.as(author)
                .get("/api/v1/kits/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("UNPUBLISHED"));

        api.as(reader)
                .body(Map.of("published", true))
                .put("/api/v1/kits/" + id + "/publication")
                .then()
                .statusCode(403);
        api.asAdmin()
                .body(Map.of("published", true))
                .put("/api/v1/kits/" + id + "/publication")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        assertEquals(200, api.anonymous().get("/api/v1/kits/" + id).statusCode());
    }

    @Test
    void aMembersExportHoldsTheirKitsDraftsUsesContractsRatingsReportsAndAnswers() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Zoé Exporte");
        Member user = api.newMember("Yann Utilise");
        String title = "Kit exporté " + System.nanoTime();
        String kit = deposit(api, author, title, tag, "CC-BY-SA-4.0");
        String reserved =
                deposit(
                        api,
                        author,
                        "Kit réservé " + System.nanoTime(),
                        tag,
                        "LicenseRef-tous-droits-reserves");
        String draftTitle = "Brouillon exporté " + System.nanoTime();
        LibraryPagesIT.draftAt(PageClient.loggedIn(base, author), draftTitle, tag);

        String number =
                api.as(user)
                        .body(
                                UsageContractIT.request(
                                        "Médiathèque de Vertou",
                                        "library",
                                        false,
                                        "printed",
                                        List.of()))
                        .post("/api/v1/kits/" + kit + "/usage-requests")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("contract.number");
        String asked =
                api.as(user)
                        .body(
                                UsageContractIT.request(
                                        "Club du mercredi", "school", false, "printed", List.of()))
                        .post("/api/v1/kits/" + reserved + "/usage-requests")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        api.as(user)
                .body(Map.of("message", "Pour les enfants du club, merci !"))
                .post("/api/v1/usage-requests/" + asked + "/send")
                .then()
                .statusCode(200);
        api.as(author)
                .body(Map.of("message", "Pas pour un club, désolée."))
                .post("/api/v1/usage-requests/" + asked + "/refuse")
                .then()
                .statusCode(200);
        api.as(user)
                .body(Map.of("stars", 3))
                .put("/api/v1/kits/" + kit + "/rating")
                .then()
                .statusCode(200);
        api.as(user)
                .body(Map.of("reason", "OUTDATED", "comment", "Android a bien changé depuis."))
                .post("/api/v1/kits/" + kit + "/reports")
                .then()
                .statusCode(201);

        JsonPath mine = api.export(author);
        String deposited = "content.library.kits.find { it.id == '" + kit + "' }";
        assertEquals(title, mine.getString(deposited + ".title"));
        assertEquals(
                "## Déroulé\n\n1. Allumer le téléphone\n2. Régler la luminosité",
                mine.getString(deposited + ".description"));
        assertEquals("PUBLISHED", mine.getString(deposited + ".status"));
        assertEquals(List.of(tag), mine.getList(deposited + ".tags"));
        String version = deposited + ".versions[0]";
        assertEquals(1, mine.getInt(version + ".number"));
        assertEquals("CC-BY-SA-4.0", mine.getString(version + ".licence"));
        assertEquals("OWN", mine.getString(version + ".origin.kind"));
        assertNotNull(mine.getString(version + ".declaration.acceptedAt"));
        assertEquals("guide-animateur.pdf", mine.getString(version + ".files[0].name"));
        assertEquals(
                sha256(pdf("Guide de l'animateur " + title)),
                mine.getString(version + ".files[0].sha256"));
        assertEquals("https://www.example.org/fiche", mine.getString(version + ".links[0].url"));
        assertEquals(List.of(draftTitle), mine.getList("content.library.drafts.state.title"));
        String answer = "content.library.decisions.find { it.requestId == '" + asked + "' }";
        assertEquals("REFUSED", mine.getString(answer + ".status"));
        assertEquals("Pas pour un club, désolée.", mine.getString(answer + ".message"));
        assertEquals(List.of(), mine.getList("content.library.usageRequests"));
        assertEquals(List.of(), mine.getList("content.library.ratings"));
        for (String theirs : List.of("Pour les enfants du club", "Club du mercredi", "Android")) {
            assertFalse(mine.prettify().contains(theirs), "the requester's data: " + theirs);
        }

        JsonPath theirs = api.export(user);
        assertEquals(List.of(), theirs.getList("content.library.kits"));
        assertEquals(List.of(), theirs.getList("content.library.drafts"));
        String covered = "content.library.usageRequests.find { it.kitId == '" + kit + "' }";
        assertEquals(title, theirs.getString(covered + ".kitTitle"));
        assertEquals("Médiathèque de Vertou", theirs.getString(covered + ".requester.name"));
        assertEquals("LIBRARY", theirs.getString(covered + ".use.context"));
        assertEquals("COVERED", theirs.getString(covered + ".verdict"));
        assertEquals(number, theirs.getString(covered + ".contracts[0].number"));
        assertEquals("CC-BY-SA-4.0", theirs.getString(covered + ".contracts[0].licence"));
        assertTrue(theirs.getString(covered + ".contracts[0].text").contains(number));
        String sent = "content.library.usageRequests.find { it.id == '" + asked + "' }";
        assertEquals("Pour les enfants du club, merci !", theirs.getString(sent + ".message"));
        assertEquals("Pas pour un club, désolée.", theirs.getString(sent + ".authorMessage"));
        assertEquals("REFUSED", theirs.getString(sent + ".status"));
        assertEquals(3, theirs.getInt("content.library.ratings[0].stars"));
        assertEquals(title, theirs.getString("content.library.ratings[0].kitTitle"));
        assertEquals("OUTDATED", theirs.getString("content.library.reports[0].reason"));
        assertEquals(
                "Android a bien changé depuis.",
                theirs.getString("content.library.reports[0].comment"));
        assertEquals(List.of(), theirs.getList("content.library.decisions"));
        assertFalse(theirs.prettify().contains(draftTitle));
    }

    @Test
    void aRemixCheckByKitIdsGivesTheSourcesAttributionAndFindsOnlyPublishedKits() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Inès Remix");
        String by = deposit(api, author, "Fiche messagerie", tag, "CC-BY-4.0");
        String sa = deposit(api, author, "Fiche visio", tag, "CC-BY-SA-4.0");
        String nc = deposit(api, author, "Fiche impôts", tag, "CC-BY-NC-4.0");

        api.anonymous()
                .body(Map.of("kitIds", List.of(by, sa)))
                .post("/api/v1/remix-check")
                .then()
                .statusCode(200)
                .body("compatible", equalTo(true))
                .body("possibleLicences", equalTo(List.of("CC-BY-SA-4.0")))
                .body("attribution", containsString("Fiche messagerie"))
                .body("attribution", containsString("Fiche visio"))
                .body("attribution", containsString("/bibliotheque/kits/" + sa));
        api.anonymous()
                .body(Map.of("kitIds", List.of(sa, nc)))
                .post("/api/v1/remix-check")
                .then()
                .statusCode(200)
                .body("compatible", equalTo(false))
                .body("possibleLicences", equalTo(List.of()));

        api.anonymous()
                .body(Map.of("kitIds", List.of(by, "999999999")))
                .post("/api/v1/remix-check")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        api.anonymous()
                .body(Map.of("kitIds", List.of("pas-un-id")))
                .post("/api/v1/remix-check")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kitIds"));
        api.anonymous()
                .body(Map.of("kitIds", List.of()))
                .post("/api/v1/remix-check")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");

        Member reader = api.newMember("Lou Signale");
        api.as(reader)
                .body(Map.of("reason", "RIGHTS", "comment", "Captures d'écran d'un manuel."))
                .post("/api/v1/kits/" + nc + "/reports")
                .then()
                .statusCode(201);
        api.as(author)
                .body(Map.of("kitIds", List.of(by, nc)))
                .post("/api/v1/remix-check")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAdaptationOfKitsMayCarryOnlyALicenceItsSourcesAllow() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Malo Adapte");
        String by = deposit(api, author, "Atelier courriel", tag, "CC-BY-4.0");
        String sa = deposit(api, author, "Atelier agenda partagé", tag, "CC-BY-SA-4.0");
        String adaptation =
                kitJson("Atelier courriel et agenda", tag, "CC-BY-4.0", true)
                        .replace(
                                "{\"kind\": \"OWN\"}",
                                "{\"kind\": \"ADAPTATION\", \"sources\": [\""
                                        + by
                                        + "\", \""
                                        + sa
                                        + "\"]}");
        post(api.as(author), "/api/v1/kits", adaptation, "fiche.pdf", pdf("Courriel et agenda"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.find { it.field == 'licence' }.message",
                        containsString("CC BY-SA 4.0"));
        post(
                        api.as(author),
                        "/api/v1/kits",
                        adaptation.replace("\"CC-BY-4.0\"", "\"CC-BY-SA-4.0\""),
                        "fiche.pdf",
                        pdf("Courriel et agenda"))
                .then()
                .statusCode(201)
                .body("version.origin.kind", equalTo("ADAPTATION"))
                .body("version.origin.sources", equalTo(List.of(by, sa)))
                .body("version.sourcesAttribution", containsString("Atelier agenda partagé"));
        post(
                        api.as(author),
                        "/api/v1/kits",
                        adaptation.replace("\"" + sa + "\"]", "\"999999999\"]"),
                        "fiche.pdf",
                        pdf("Courriel"))
                .then()
                .statusCode(422)
                .body("errors.find { it.field == 'origin' }.message", containsString("999999999"));
    }

    @Test
    void kitsAreCountedAndFilteredByFileTypeInTheSearchWithOtherFacets() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Rémi Cherche");
        String marker = "tapuscrit" + System.nanoTime() % 1000000;
        String pdfKit = deposit(api, author, "Guide " + marker, tag, "CC-BY-4.0");
        String textKit =
                post(
                                api.as(author),
                                "/api/v1/kits",
                                kitJson("Notes " + marker, tag, "CC-BY-SA-4.0", true),
                                "notes.txt",
                                KitFixtures.text("Notes d'animation " + marker))
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");

        JsonPath all =
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(300))
                        .until(
                                () ->
                                        api.anonymous()
                                                .queryParam("q", marker)
                                                .get("/api/v1/search")
                                                .jsonPath(),
                                page -> page.getInt("total") == 2);
        assertEquals(
                Map.of("pdf", 1, "text", 1),
                Map.of(
                        all.getString("facets.filetype[0].value"),
                        all.getInt("facets.filetype[0].count"),
                        all.getString("facets.filetype[1].value"),
                        all.getInt("facets.filetype[1].count")));
        api.anonymous()
                .queryParam("q", marker)
                .queryParam("filetype", "pdf")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(pdfKit));
        api.anonymous()
                .queryParam("q", marker)
                .queryParam("filetype", "pdf", "text")
                .queryParam("licence", "CC-BY-SA-4.0")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(textKit));

        org.relais.testing.PageClient.Page page =
                new org.relais.testing.PageClient(base).get("/recherche?q=" + marker);
        assertTrue(page.text().contains("Type de fichier"), page.text());
        var pdfLink = page.document().select(".search-facets a[href*=filetype=pdf]");
        assertEquals(1, pdfLink.size(), page.text());
        assertTrue(pdfLink.text().startsWith("PDF (1)"), pdfLink.text());
        org.relais.testing.PageClient.Page filtered =
                new org.relais.testing.PageClient(base).get(pdfLink.attr("href"));
        assertEquals(1, filtered.document().select(".search-hit").size());
        assertTrue(filtered.text().contains("Guide " + marker));
    }

    @Test
    void moderatorsListReportsByStatusAndReviewThemThroughTheApi() {
        Api api = new Api(base);
        String tag = QaApiIT.newTag(api);
        Member author = api.newMember("Céline Signalée");
        Member reader = api.newMember("Bastien Vigilant");
        String rights = deposit(api, author, "Atelier photos de famille", tag, "CC-BY-4.0");
        String outdated = deposit(api, author, "Atelier Windows 7", tag, "CC-BY-4.0");
        String rightsReport =
                api.as(reader)
                        .body(Map.of("reason", "RIGHTS", "comment", "Photos sans autorisation."))
                        .post("/api/v1/kits/" + rights + "/reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String outdatedReport =
                api.as(reader)
                        .body(
                                Map.of(
                                        "reason",
                                        "OUTDATED",
                                        "comment",
                                        "Windows 7 n'est plus suivi."))
                        .post("/api/v1/kits/" + outdated + "/reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");

        api.anonymous().get("/api/v1/kit-reports").then().statusCode(401);
        api.as(reader).get("/api/v1/kit-reports").then().statusCode(403);
        api.asAdmin()
                .get("/api/v1/kit-reports?status=peut-etre")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        JsonPath all =
                api.asAdmin()
                        .get("/api/v1/kit-reports?status=all&size=50")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        String mine = "items.find { it.id == '" + rightsReport + "' }";
        assertEquals(rights, all.getString(mine + ".kitId"));
        assertEquals("Atelier photos de famille", all.getString(mine + ".kitTitle"));
        assertEquals("rights", all.getString(mine + ".reason"));
        assertEquals("Bastien Vigilant", all.getString(mine + ".author.displayName"));
        assertEquals(reader.id(), all.getString(mine + ".author.id"));
        assertEquals("open", all.getString(mine + ".status"));
        assertTrue(all.getString(mine + ".createdAt").matches("\\d{4}-\\d{2}-\\d{2}T.*"));

        api.asAdmin()
                .body(Map.of("decision", "peut-etre"))
                .post("/api/v1/kit-reports/" + rightsReport)
                .then()
                .statusCode(422);
        api.as(reader)
                .body(Map.of("decision", "dismiss"))
                .post("/api/v1/kit-reports/" + rightsReport)
                .then()
                .statusCode(403);
        api.asAdmin()
                .body(Map.of("decision", "dismiss"))
                .post("/api/v1/kit-reports/" + rightsReport)
                .then()
                .statusCode(200)
                .body("status", equalTo("dismissed"))
                .body("reviewedAt", not(equalTo(null)));
        api.anonymous().get("/api/v1/kits/" + rights).then().statusCode(200);
        api.asAdmin()
                .body(Map.of("decision", "uphold"))
                .post("/api/v1/kit-reports/" + rightsReport)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        api.asAdmin()
                .body(Map.of("decision", "uphold"))
                .post("/api/v1/kit-reports/" + outdatedReport)
                .then()
                .statusCode(200)
                .body("status", equalTo("upheld"));
        api.asAdmin()
                .body(Map.of("decision", "uphold"))
                .post("/api/v1/kit-reports/999999999")
                .then()
                .statusCode(404);

        api.asAdmin()
                .get("/api/v1/kit-reports?status=dismissed&size=50")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(rightsReport))
                .body("items.status", not(hasItem("open")));
        api.asAdmin()
                .get("/api/v1/kit-reports?size=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(rightsReport)))
                .body("items.id", not(hasItem(outdatedReport)));
    }
}
