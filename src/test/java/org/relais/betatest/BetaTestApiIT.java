package org.relais.betatest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/**
 * The whole cycle of a call for beta-testers through the API: open with a reward held, apply,
 * select within the slots, report during the test period, accept (paying one reward) or ask for
 * details, close (releasing the rest), publish results; and who may read what.
 */
@ExtendWith(RelaisServer.class)
class BetaTestApiIT {
    static final String CALLS = "/api/v1/beta-calls";

    @RelaisServer.Base URL base;

    @Test
    void aCallGoesFromApplicationsToPublishedResultsAndPaysAcceptedReports() {
        Api api = new Api(base);
        Member holder = api.newMember("Porteuse du projet");
        Member senior = api.newMember("Testeur senior");
        Member young = api.newMember("Testeuse jeune");
        Member late = api.newMember("Testeur tardif");
        String call = open(api, holder, 2, 30, "public");
        assertEquals(-60, api.balanceMinutes(holder), "one reward held per slot");
        api.anonymous()
                .get(CALLS + "?size=100")
                .then()
                .statusCode(200)
                .body("items.findAll { it.id == '" + call + "' }.size()", equalTo(1));
        api.anonymous()
                .get(CALLS + "?tag=seniors&size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(call));

        String seniorApp = apply(api, senior, call, "senior", "android", "53");
        String youngApp = apply(api, young, call, "young", "ios", "11");
        String lateApp = apply(api, late, call, "senior", "ios", "53");
        api.as(senior)
                .body(application("senior", "android", "53"))
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(409);
        api.as(holder)
                .body(application("senior", "android", "53"))
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("motivation"));

        api.as(holder)
                .get(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(200)
                .body("id", contains(seniorApp, youngApp, lateApp))
                .body("matchPercent", contains(100, 0, 50))
                .body("waitingRank", contains(1, 3, 2));
        api.as(senior).get(CALLS + "/" + call + "/applications").then().statusCode(403);

        api.as(holder)
                .body(Map.of("applicationIds", List.of(seniorApp, youngApp, lateApp)))
                .post(CALLS + "/" + call + "/selections")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("2 places"));
        api.as(holder)
                .get(CALLS + "/" + call + "/applications")
                .then()
                .body("status", contains("applied", "applied", "applied"));
        api.as(holder)
                .body(Map.of("applicationIds", List.of(seniorApp, lateApp)))
                .post(CALLS + "/" + call + "/selections")
                .then()
                .statusCode(200)
                .body("status", contains("selected", "applied", "selected"));

        api.as(young)
                .body(report("pass", 5))
                .post(CALLS + "/" + call + "/reports")
                .then()
                .statusCode(403);
        api.as(senior)
                .body(report("pass", 5))
                .post(CALLS + "/" + call + "/reports")
                .then()
                .statusCode(409);
        api.as(holder)
                .body(Map.of("phase", "testing"))
                .post(CALLS + "/" + call + "/phase")
                .then()
                .statusCode(200)
                .body("phase", equalTo("testing"));
        api.as(young)
                .body(application("young", "ios", "11"))
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(409);

        api.as(senior)
                .body(Map.of("scenarios", List.of(Map.of("result", "pass")), "rating", 4))
                .post(CALLS + "/" + call + "/reports")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("scenarios"));
        String seniorReport =
                api.as(senior)
                        .body(report("blocked", 4))
                        .post(CALLS + "/" + call + "/reports")
                        .then()
                        .statusCode(201)
                        .body("status", equalTo("submitted"))
                        .extract()
                        .path("id");
        String lateReport =
                api.as(late)
                        .body(report("pass", 2))
                        .post(CALLS + "/" + call + "/reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        api.as(late)
                .get(CALLS + "/" + call + "/reports")
                .then()
                .statusCode(200)
                .body("id", contains(lateReport));
        api.as(holder)
                .get(CALLS + "/" + call + "/reports")
                .then()
                .statusCode(200)
                .body("id", containsInAnyOrder(seniorReport, lateReport));

        api.as(late).post(CALLS + "/reports/" + seniorReport + "/accept").then().statusCode(403);
        api.as(holder).post(CALLS + "/reports/" + seniorReport + "/accept").then().statusCode(204);
        assertEquals(30, api.balanceMinutes(senior), "the reward is paid on acceptance");
        api.as(holder)
                .body(Map.of("note", "Quel téléphone utilisiez-vous ?"))
                .post(CALLS + "/reports/" + lateReport + "/details")
                .then()
                .statusCode(204);
        api.as(late)
                .get(CALLS + "/" + call + "/reports")
                .then()
                .body("[0].status", equalTo("details_requested"))
                .body("[0].holderNote", equalTo("Quel téléphone utilisiez-vous ?"));

        api.anonymous().get(CALLS + "/" + call + "/results").then().statusCode(404);
        api.as(holder)
                .post(CALLS + "/" + call + "/closure")
                .then()
                .statusCode(200)
                .body("phase", equalTo("closed"));
        assertEquals(-30, api.balanceMinutes(holder), "the unearned reward comes back");
        assertEquals(0, api.balanceMinutes(late));
        api.as(late)
                .body(report("pass", 3))
                .post(CALLS + "/" + call + "/reports")
                .then()
                .statusCode(409);

        api.as(holder)
                .body(
                        Map.of(
                                "response",
                                "Nous avons agrandi les boutons.",
                                "quotedReportIds",
                                List.of(seniorReport)))
                .post(CALLS + "/" + call + "/results")
                .then()
                .statusCode(200);
        api.anonymous()
                .get(CALLS + "/" + call + "/results")
                .then()
                .statusCode(200)
                .body("participation.applications", equalTo(3))
                .body("participation.selected", equalTo(2))
                .body("participation.reports", equalTo(2))
                .body("participation.accepted", equalTo(1))
                .body("scenarios.pass", contains(1, 0))
                .body("scenarios.blocked", contains(0, 1))
                .body("ratings.'4'", equalTo(1))
                .body("averageRating", equalTo(4.0f))
                .body("problems.critical", contains("Le code SMS n’arrive jamais"))
                .body("quotes", contains("Rapport de test : blocked"))
                .body("response", equalTo("Nous avons agrandi les boutons."));

        PageClient visitor = new PageClient(base);
        Page list = visitor.get("/beta-tests");
        assertEquals(200, list.status());
        assertTrue(list.text().contains("Tester la prise de rendez-vous en mairie"), list.text());
        Page page = visitor.get("/beta-tests/appels/" + call);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("Appel terminé"), page.text());
        assertTrue(page.text().contains("Bientôt : candidater"), "the page says what is not built");
        Page results = visitor.get("/beta-tests/appels/" + call + "/resultats");
        assertEquals(200, results.status());
        assertEquals(2, results.document().select("svg g").size(), "one bar per scenario");
        assertEquals(
                "1 bloqué(s)",
                results.document().select("svg g").get(1).select("text").last().text());
        assertTrue(results.text().contains("Le code SMS n’arrive jamais"));
        assertTrue(results.text().contains("Nous avons agrandi les boutons."));
    }

    @Test
    void privateResultsStayWithTheHolderAndBadCallsChangeNothing() {
        Api api = new Api(base);
        Member holder = api.newMember("Porteur discret");
        Member other = api.newMember("Curieuse");
        String call = open(api, holder, 1, 0, "private");
        api.as(holder).post(CALLS + "/" + call + "/closure").then().statusCode(200);
        api.as(holder)
                .body(Map.of("response", "Merci"))
                .post(CALLS + "/" + call + "/results")
                .then()
                .statusCode(200);
        api.as(holder)
                .get(CALLS + "/" + call + "/results")
                .then()
                .statusCode(200)
                .body("response", equalTo("Merci"));
        api.as(other).get(CALLS + "/" + call + "/results").then().statusCode(404);
        assertEquals(
                404,
                new PageClient(base).get("/beta-tests/appels/" + call + "/resultats").status());
        api.anonymous().get(CALLS + "/" + call + "/results").then().statusCode(404);

        long before = api.balanceMinutes(holder);
        api.as(holder)
                .body(
                        Map.of(
                                "title",
                                "",
                                "slots",
                                0,
                                "confidentiality",
                                "secret",
                                "criteria",
                                Map.of("devices", List.of("minitel")),
                                "rewardMinutes",
                                60))
                .post(CALLS)
                .then()
                .statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("slots"))
                .body("errors.field", hasItem("confidentiality"))
                .body("errors.field", hasItem("criteria.devices"))
                .body("errors.field", hasItem("applicationDeadline"));
        assertEquals(before, api.balanceMinutes(holder), "nothing held for a refused call");
        api.anonymous().body(Map.of()).post(CALLS).then().statusCode(401);
        api.anonymous()
                .get(CALLS + "/999999999")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
        api.anonymous()
                .get(CALLS + "?status=past")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(call));
        api.anonymous().get(CALLS).then().statusCode(200).body("items.id", not(hasItem(call)));
        api.anonymous().get(CALLS + "?status=bizarre").then().statusCode(422);
        api.anonymous()
                .get(CALLS + "/" + call)
                .then()
                .statusCode(200)
                .body("scenarios", hasSize(2))
                .body("confidentiality", equalTo("private"));
    }

    static String open(Api api, Member holder, int slots, long reward, String confidentiality) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return api.as(holder)
                .body(
                        Map.ofEntries(
                                Map.entry("title", "Tester la prise de rendez-vous en mairie"),
                                Map.entry("product", "Appli Mairie facile"),
                                Map.entry(
                                        "description",
                                        "Une appli **simplifiée** pour les démarches."),
                                Map.entry(
                                        "scenarios",
                                        List.of(
                                                Map.of(
                                                        "title",
                                                        "Créer un compte",
                                                        "expected",
                                                        "Le compte est créé"),
                                                Map.of(
                                                        "title",
                                                        "Prendre rendez-vous",
                                                        "expected",
                                                        "Un SMS confirme"))),
                                Map.entry(
                                        "criteria",
                                        Map.of(
                                                "audiences",
                                                List.of("senior"),
                                                "devices",
                                                List.of("android"))),
                                Map.entry("tags", List.of("demarches-en-ligne", "seniors")),
                                Map.entry("slots", slots),
                                Map.entry("applicationDeadline", now.plusDays(3).toString()),
                                Map.entry("testStart", now.plusDays(4).toString()),
                                Map.entry("testEnd", now.plusDays(14).toString()),
                                Map.entry("rewardMinutes", reward),
                                Map.entry("confidentiality", confidentiality)))
                .post(CALLS)
                .then()
                .statusCode(201)
                .body("phase", equalTo("applications"))
                .extract()
                .path("id");
    }

    static Map<String, Object> application(String audience, String device, String region) {
        return Map.of(
                "motivation",
                "J’accompagne des usagers sur ces démarches chaque semaine.",
                "answers",
                Map.of(
                        "audiences",
                        List.of(audience),
                        "devices",
                        List.of(device),
                        "region",
                        region));
    }

    static String apply(
            Api api, Member tester, String call, String audience, String device, String region) {
        return api.as(tester)
                .body(application(audience, device, region))
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(201)
                .body("status", equalTo("applied"))
                .extract()
                .path("id");
    }

    static Map<String, Object> report(String second, int rating) {
        return Map.of(
                "scenarios",
                List.of(Map.of("result", "pass"), Map.of("result", second, "comment", "Rien reçu")),
                "rating",
                rating,
                "problems",
                "blocked".equals(second)
                        ? List.of(
                                Map.of(
                                        "severity",
                                        "critical",
                                        "text",
                                        "Le code SMS n’arrive jamais"))
                        : List.of(),
                "text",
                "Rapport de test : " + second);
    }
}
