package org.relais.betatest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Outbox;
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
        String lateReport = submit(api, late, call, report("pass", 2));
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

    @Test
    void theHolderWritesToSelectedTestersOnly() {
        Api api = new Api(base);
        Member holder = api.newMember("Porteur bavard");
        Member chosen = api.newMember("Testeuse retenue");
        Member waiting = api.newMember("Testeur en attente");
        String call = open(api, holder, 1, 0, "public");
        api.as(holder)
                .body(Map.of("text", "Bonjour"))
                .post(CALLS + "/" + call + "/messages")
                .then()
                .statusCode(409)
                .contentType(containsString("application/problem+json"));
        String chosenApp = apply(api, chosen, call, "senior", "android", "53");
        apply(api, waiting, call, "senior", "ios", "53");
        select(api, holder, call, chosenApp);

        api.as(chosen)
                .body(Map.of("text", "Je ne suis pas le porteur"))
                .post(CALLS + "/" + call + "/messages")
                .then()
                .statusCode(403);
        api.as(holder)
                .body(Map.of("text", "  "))
                .post(CALLS + "/" + call + "/messages")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("text"));
        String text = "La version 2 est en ligne : videz le cache avant d’essayer. " + chosenApp;
        api.as(holder)
                .body(Map.of("text", text))
                .post(CALLS + "/" + call + "/messages")
                .then()
                .statusCode(200)
                .body("recipients", equalTo(1));
        awaitMailContaining(chosen, text);
        assertEquals(0, mailsContaining(waiting, text), "only selected testers get it");
    }

    @Test
    void followersOfATagAreToldOfANewCallOnce() {
        Api api = new Api(base);
        Member holder = api.newMember("Porteuse étiquetée");
        Member follower = api.newMember("Suiveuse");
        Member stranger = api.newMember("Indifférent");
        String tag = "tablettes-" + System.nanoTime();
        api.as(follower)
                .body(Map.of("following", true))
                .put(CALLS + "/followed-tags/" + tag)
                .then()
                .statusCode(200)
                .body("tags", hasItem(tag));
        api.as(follower)
                .body(Map.of("following", true))
                .put(CALLS + "/followed-tags/seniors")
                .then()
                .statusCode(200);
        api.anonymous().get(CALLS + "/followed-tags").then().statusCode(401);
        api.as(follower)
                .get(CALLS + "/followed-tags")
                .then()
                .statusCode(200)
                .body("tags", hasItem(tag));

        Map<String, Object> body = call(2, 0, "public");
        String title = "Tablettes en prêt : essayez la réservation " + tag;
        body.put("title", title);
        body.put("tags", List.of(tag, "seniors"));
        String id = open(api, holder, body);
        awaitMailContaining(follower, title);
        assertEquals(1, mailsContaining(follower, title), "one notice for two followed tags");
        assertEquals(0, mailsContaining(stranger, title));
        assertEquals(0, mailsContaining(holder, title), "the holder is not told of their own");

        PageClient page = PageClient.loggedIn(base, follower);
        Page list = page.get("/beta-tests?etiquette=" + tag);
        assertTrue(list.text().contains(title), list.text());
        Page stopped =
                page.submit(list, "/beta-tests/suivre", Map.of("etiquette", tag, "suivre", "non"));
        assertEquals(303, stopped.status());
        api.as(follower).get(CALLS + "/followed-tags").then().body("tags", not(hasItem(tag)));
        api.anonymous()
                .get(CALLS + "?tag=" + tag + "&device=ios")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        api.anonymous()
                .get(CALLS + "?tag=" + tag + "&device=android&audience=senior")
                .then()
                .body("items.id", contains(id));
        api.anonymous().get(CALLS + "?device=minitel").then().statusCode(422);
    }

    @Test
    void silentSelectedTestersAreRemindedOnceBeforeTheEnd() {
        Api api = new Api(base);
        Member holder = api.newMember("Porteur pressé");
        Member silent = api.newMember("Testeur silencieux");
        Member diligent = api.newMember("Testeuse diligente");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> body = call(2, 0, "private");
        body.put("applicationDeadline", now.plusHours(1).toString());
        body.put("testStart", now.plusHours(2).toString());
        body.put("testEnd", now.plusDays(2).toString());
        String call = open(api, holder, body);
        String silentApp = apply(api, silent, call, "senior", "android", "53");
        String diligentApp = apply(api, diligent, call, "senior", "android", "53");
        Member waiting = api.newMember("Testeuse sur liste d’attente");
        apply(api, waiting, call, "young", "ios", "11");
        select(api, holder, call, silentApp, diligentApp);
        startTesting(api, holder, call);
        api.as(diligent).body(report("pass", 5)).post(CALLS + "/" + call + "/reports");

        api.as(holder).post(CALLS + "/calendar/run").then().statusCode(403);
        api.asAdmin().post(CALLS + "/calendar/run").then().statusCode(200);
        String reminder = "Rappel : votre rapport de test est attendu";
        awaitMailContaining(silent, reminder);
        api.asAdmin().post(CALLS + "/calendar/run").then().statusCode(200);
        assertEquals(1, mailsContaining(silent, reminder), "the reminder goes once");
        assertEquals(0, mailsContaining(diligent, reminder), "who reported is not reminded");
        String notSelected = "Les tests ont commencé sans vous";
        awaitMailContaining(waiting, notSelected);
        assertEquals(1, mailsContaining(waiting, notSelected), "told once, not again by the runs");
        assertEquals(0, mailsContaining(silent, notSelected));
    }

    @Test
    void testersOnlyReachTheirOwnReportAndTheHolderPages() {
        Api api = new Api(base);
        Member holder = api.newMember("Porteuse prudente");
        Member first = api.newMember("Premier testeur");
        Member second = api.newMember("Second testeur");
        Member outsider = api.newMember("Non retenue");
        String call = open(api, holder, 2, 0, "private");
        String firstApp = apply(api, first, call, "senior", "android", "53");
        String secondApp = apply(api, second, call, "senior", "android", "53");
        apply(api, outsider, call, "young", "ios", "11");
        select(api, holder, call, firstApp, secondApp);
        startTesting(api, holder, call);
        api.as(first).body(report("fail", 2)).post(CALLS + "/" + call + "/reports");
        api.as(second)
                .get(CALLS + "/" + call + "/reports")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));

        PageClient secondPages = PageClient.loggedIn(base, second);
        Page own = secondPages.get("/beta-tests/mon-rapport/" + call);
        assertEquals(200, own.status());
        assertTrue(!own.text().contains("Rapport de test : fail"), "not the first tester's");
        assertEquals(403, secondPages.get("/beta-tests/gestion/" + call + "/rapports").status());
        assertEquals(403, secondPages.get("/beta-tests/gestion/" + call).status());
        PageClient outsiderPages = PageClient.loggedIn(base, outsider);
        assertEquals(403, outsiderPages.get("/beta-tests/mon-rapport/" + call).status());
        Page holderReports =
                PageClient.loggedIn(base, holder).get("/beta-tests/gestion/" + call + "/rapports");
        assertTrue(holderReports.text().contains("Rapport de test : fail"));
    }

    @Test
    void pagesGiveBackTheFormWithFrenchMessagesAndAddRowsWithoutScript() {
        Api api = new Api(base);
        Member holder = api.newMember("Porteur distrait");
        PageClient pages = PageClient.loggedIn(base, holder);
        Page form = pages.get("/beta-tests/nouvel-appel");
        assertEquals(200, form.status());
        assertEquals(3, form.document().select("input[name=scenarioTitle]").size());
        Page more =
                pages.submit(
                        form,
                        "/beta-tests/nouvel-appel",
                        Map.of("product", "Borne de prêt", "action", "more"));
        assertEquals(200, more.status());
        assertEquals(5, more.document().select("input[name=scenarioTitle]").size());
        assertEquals("Borne de prêt", more.document().select("#product").attr("value"));

        long before = api.balanceMinutes(holder);
        Page refused =
                pages.submit(
                        more,
                        "/beta-tests/nouvel-appel",
                        Map.of(
                                "product",
                                "Borne de prêt",
                                "scenarioTitle",
                                List.of("Emprunter", ""),
                                "scenarioExpected",
                                List.of("Le ticket sort", ""),
                                "slots",
                                "2",
                                "reward",
                                "beaucoup",
                                "confidentiality",
                                "public"));
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("Ce champ est obligatoire."), refused.text());
        assertTrue(refused.text().contains("Indiquez la récompense en heures"), refused.text());
        assertEquals("Emprunter", refused.document().select("#scenarioTitle1").attr("value"));
        assertEquals(before, api.balanceMinutes(holder));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Page opened =
                pages.submit(
                        refused,
                        "/beta-tests/nouvel-appel",
                        Map.ofEntries(
                                Map.entry("title", "Borne de prêt : vos avis"),
                                Map.entry("product", "Borne de prêt"),
                                Map.entry("description", "Une borne à essayer."),
                                Map.entry("scenarioTitle", List.of("Emprunter")),
                                Map.entry("scenarioExpected", List.of("Le ticket sort")),
                                Map.entry("slots", "2"),
                                Map.entry("reward", "0,5"),
                                Map.entry("applicationDeadline", today.plusDays(2).toString()),
                                Map.entry("testStart", today.plusDays(3).toString()),
                                Map.entry("testEnd", today.plusDays(9).toString()),
                                Map.entry("confidentiality", "public")));
        assertEquals(303, opened.status(), opened.text());
        assertEquals(before - 60, api.balanceMinutes(holder), "half an hour held per slot");
        String call = opened.location().replaceAll(".*/appels/([0-9]+).*", "$1");

        Member tester = api.newMember("Candidate pressée");
        PageClient testerPages = PageClient.loggedIn(base, tester);
        Page callPage = testerPages.get("/beta-tests/appels/" + call);
        String action = "/beta-tests/appels/" + call + "/candidature";
        Page noMotivation =
                testerPages.submit(
                        callPage, action, Map.of("motivation", "", "devices", List.of("ios")));
        assertEquals(422, noMotivation.status());
        assertTrue(noMotivation.text().contains("pourquoi vous voulez tester"));
        assertEquals(
                "true",
                String.valueOf(noMotivation.document().select("#devices-ios").hasAttr("checked")));
        Page applied =
                testerPages.submit(callPage, action, Map.of("motivation", "Je veux bien essayer."));
        assertEquals(303, applied.status());
        Page after = testerPages.get(applied.location());
        assertTrue(after.text().contains("Votre candidature est envoyée"), after.text());
        String withdraw = after.document().select("form[action$='/retrait']").attr("action");
        assertEquals(303, testerPages.submit(after, withdraw, Map.of()).status());
        api.as(holder)
                .get(CALLS + "/" + call + "/applications")
                .then()
                .body("status", contains("withdrawn"));
    }

    @Test
    void screenshotsReachOnlyTheHolderAndTheTesterEvenOnceResultsArePublic() throws Exception {
        Api api = new Api(base);
        Member holder = api.newMember("Porteuse aux captures");
        Member tester = api.newMember("Testeur photographe");
        Member curious = api.newMember("Curieux des captures");
        String call = open(api, holder, 1, 0, "public");
        select(api, holder, call, apply(api, tester, call, "senior", "android", "53"));
        startTesting(api, holder, call);
        PageClient testerPages = PageClient.loggedIn(base, tester);
        Page before = testerPages.get("/beta-tests/mon-rapport/" + call);
        assertTrue(before.document().select("form[enctype=multipart/form-data]").isEmpty());
        api.as(tester).body(report("fail", 3)).post(CALLS + "/" + call + "/reports");

        Page reportPage = testerPages.get("/beta-tests/mon-rapport/" + call);
        String upload =
                reportPage.document().select("form[enctype=multipart/form-data]").attr("action");
        Page refused =
                testerPages.postMultipart(
                        upload,
                        Map.of(),
                        "screenshot",
                        Map.of("notes.txt", "pas une image".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("n’est pas une image PNG ou JPEG"), refused.text());
        Page attached =
                testerPages.postMultipart(
                        upload, Map.of(), "screenshot", Map.of("ecran.png", png()));
        assertEquals(303, attached.status(), attached.text());
        String image =
                testerPages
                        .get("/beta-tests/mon-rapport/" + call)
                        .document()
                        .select("img.screenshot")
                        .attr("src");
        assertTrue(image.startsWith("/beta-tests/captures/"), image);
        assertEquals(
                403,
                testerPages
                        .postMultipart(
                                upload.replaceAll("_csrf=[^&]*", "_csrf=x"),
                                Map.of(),
                                "screenshot",
                                Map.of("b.png", png()))
                        .status());

        PageClient holderPages = PageClient.loggedIn(base, holder);
        Page holderReports = holderPages.get("/beta-tests/gestion/" + call + "/rapports");
        assertEquals(image, holderReports.document().select("img.screenshot").attr("src"));
        Page file = holderPages.get(image);
        assertEquals(200, file.status());
        assertTrue(file.header("Content-Type").orElse("").startsWith("image/png"));
        assertTrue(file.header("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(404, PageClient.loggedIn(base, curious).get(image).status());
        assertEquals(404, new PageClient(base).get(image).status());

        api.as(holder).post(CALLS + "/" + call + "/closure").then().statusCode(200);
        api.as(holder)
                .body(Map.of("response", "Merci pour les captures."))
                .post(CALLS + "/" + call + "/results")
                .then()
                .statusCode(200);
        Page results = new PageClient(base).get("/beta-tests/appels/" + call + "/resultats");
        assertEquals(200, results.status());
        assertTrue(
                results.document().select("img[src*='/captures/']").isEmpty(),
                "no screenshot on results");
        assertEquals(404, PageClient.loggedIn(base, curious).get(image).status());
    }

    @Test
    void theExportHoldsTheCallsOpenedAndTheApplicationsWithTheirReportsOfTheMemberOnly()
            throws Exception {
        Api api = new Api(base);
        Member holder = api.newMember("Porteuse exportée");
        Member tester = api.newMember("Testeur exporté");
        Member outsider = api.newMember("Membre sans appel");
        String call = open(api, holder, 1, 30, "private");
        String application = apply(api, tester, call, "senior", "android", "53");
        select(api, holder, call, application);
        startTesting(api, holder, call);
        String report = submit(api, tester, call, report("blocked", 2));
        String message = "La version 2 est en ligne : videz le cache avant d’essayer.";
        api.as(holder)
                .body(Map.of("text", message))
                .post(CALLS + "/" + call + "/messages")
                .then()
                .statusCode(200);
        PageClient testerPages = PageClient.loggedIn(base, tester);
        String upload =
                testerPages
                        .get("/beta-tests/mon-rapport/" + call)
                        .document()
                        .select("form[enctype=multipart/form-data]")
                        .attr("action");
        byte[] image = png();
        assertEquals(
                303,
                testerPages
                        .postMultipart(upload, Map.of(), "screenshot", Map.of("ecran.png", image))
                        .status());
        api.as(holder)
                .body(Map.of("note", "Quel téléphone utilisiez-vous ?"))
                .post(CALLS + "/reports/" + report + "/details")
                .then()
                .statusCode(204);

        JsonPath mine = api.exportSection(tester, "betatest");
        assertEquals(List.of(), mine.getList("callsOpened"));
        assertEquals(application, mine.getString("applications[0].id"));
        assertEquals(call, mine.getString("applications[0].callId"));
        assertEquals(
                "Tester la prise de rendez-vous en mairie",
                mine.getString("applications[0].callTitle"));
        assertEquals("selected", mine.getString("applications[0].status"));
        assertEquals(
                "J’accompagne des usagers sur ces démarches chaque semaine.",
                mine.getString("applications[0].motivation"));
        assertEquals(List.of("android"), mine.getList("applications[0].profile.devices"));
        assertEquals(List.of("53"), mine.getList("applications[0].profile.regions"));
        String ownReport = "applications[0].report.";
        assertEquals(report, mine.getString(ownReport + "id"));
        assertEquals("details_requested", mine.getString(ownReport + "status"));
        assertEquals(2, mine.getInt(ownReport + "rating"));
        assertEquals("Rapport de test : blocked", mine.getString(ownReport + "text"));
        assertEquals(
                List.of("Créer un compte", "Prendre rendez-vous"),
                mine.getList(ownReport + "scenarios.scenario"));
        assertEquals(List.of("pass", "blocked"), mine.getList(ownReport + "scenarios.outcome"));
        assertEquals("Rien reçu", mine.getString(ownReport + "scenarios[1].comment"));
        assertEquals("critical", mine.getString(ownReport + "problems[0].severity"));
        assertEquals("Le code SMS n’arrive jamais", mine.getString(ownReport + "problems[0].text"));
        assertEquals("Quel téléphone utilisiez-vous ?", mine.getString(ownReport + "holderNote"));
        assertEquals("ecran.png", mine.getString(ownReport + "screenshots[0].fileName"));
        assertEquals("image/png", mine.getString(ownReport + "screenshots[0].mediaType"));
        assertEquals(image.length, mine.getLong(ownReport + "screenshots[0].sizeBytes"));
        assertEquals(message, mine.getString("messagesReceived[0].text"));
        assertEquals("/beta-tests/appels/" + call, mine.getString("messagesReceived[0].url"));
        assertEquals(List.of(), mine.getList("messagesSent"));

        JsonPath holders = api.exportSection(holder, "betatest");
        assertEquals(List.of(), holders.getList("applications"));
        assertEquals(call, holders.getString("callsOpened[0].id"));
        assertEquals(
                "Tester la prise de rendez-vous en mairie",
                holders.getString("callsOpened[0].title"));
        assertEquals(
                "Une appli **simplifiée** pour les démarches.",
                holders.getString("callsOpened[0].description"));
        assertEquals(
                List.of("Créer un compte", "Prendre rendez-vous"),
                holders.getList("callsOpened[0].scenarios.title"));
        assertEquals(List.of("senior"), holders.getList("callsOpened[0].wantedProfile.audiences"));
        assertEquals(
                List.of("demarches-en-ligne", "seniors"), holders.getList("callsOpened[0].tags"));
        assertEquals(30, holders.getLong("callsOpened[0].rewardMinutes"));
        assertEquals("private", holders.getString("callsOpened[0].confidentiality"));
        assertEquals(report, holders.getString("callsOpened[0].notesOnReports[0].reportId"));
        assertEquals(
                "Quel téléphone utilisiez-vous ?",
                holders.getString("callsOpened[0].notesOnReports[0].note"));
        assertEquals(List.of(message), holders.getList("messagesSent.text"));
        assertEquals(List.of(), holders.getList("messagesReceived"));
        String whole = holders.prettify();
        assertTrue(!whole.contains("Rapport de test"), "the tester's report is theirs: " + whole);
        assertTrue(!whole.contains("J’accompagne des usagers"), whole);
        assertTrue(!whole.contains("ecran.png"), whole);

        JsonPath none = api.exportSection(outsider, "betatest");
        assertEquals(List.of(), none.getList("callsOpened"));
        assertEquals(List.of(), none.getList("applications"));
        assertEquals(List.of(), none.getList("messagesReceived"));

        int holderQueries = api.exportSqlCount(holder);
        int testerQueries = api.exportSqlCount(tester);
        String second = open(api, holder, 1, 0, "public");
        apply(api, tester, second, "young", "ios", "11");
        assertEquals(holderQueries, api.exportSqlCount(holder), "no query per call");
        assertEquals(testerQueries, api.exportSqlCount(tester), "no query per application");
    }

    static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage picture =
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    static void select(Api api, Member holder, String call, String... applicationIds) {
        api.as(holder)
                .body(Map.of("applicationIds", List.of(applicationIds)))
                .post(CALLS + "/" + call + "/selections")
                .then()
                .statusCode(200);
    }

    static void startTesting(Api api, Member holder, String call) {
        api.as(holder)
                .body(Map.of("phase", "testing"))
                .post(CALLS + "/" + call + "/phase")
                .then()
                .statusCode(200);
    }

    static void awaitMailContaining(Member member, String text) {
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailsContaining(member, text) > 0);
    }

    static long mailsContaining(Member member, String text) {
        return Outbox.mailsTo(member.email()).stream()
                .filter(mail -> mail.body().contains(text))
                .count();
    }

    static String open(Api api, Member holder, int slots, long reward, String confidentiality) {
        return open(api, holder, call(slots, reward, confidentiality));
    }

    static String open(Api api, Member holder, Map<String, Object> call) {
        return api.as(holder)
                .body(call)
                .post(CALLS)
                .then()
                .statusCode(201)
                .body("phase", equalTo("applications"))
                .extract()
                .path("id");
    }

    /** A call's body, to change before opening it; the test period ends in two weeks. */
    static Map<String, Object> call(int slots, long reward, String confidentiality) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new HashMap<>(
                Map.ofEntries(
                        Map.entry("title", "Tester la prise de rendez-vous en mairie"),
                        Map.entry("product", "Appli Mairie facile"),
                        Map.entry("description", "Une appli **simplifiée** pour les démarches."),
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
                        Map.entry("confidentiality", confidentiality)));
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

    /** Submits a selected tester's report; returns its id. */
    static String submit(Api api, Member tester, String call, Map<String, Object> report) {
        return api.as(tester)
                .body(report)
                .post(CALLS + "/" + call + "/reports")
                .then()
                .statusCode(201)
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
