package org.relais.platform.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * Notifications in the app and by mail, produced by administrators' announcements to the network
 * (the forum and Q&A produce theirs the same way, through Notifications.send).
 */
@ExtendWith(RelaisServer.class)
class NotificationsIT {
    static final String ANNOUNCEMENT = "platform.announcement";

    @RelaisServer.Base URL base;

    /** The administrator announces something to every member; a unique subject. */
    static String announce(Api api, String subject) {
        String unique = subject + " " + System.nanoTime();
        api.asAdmin()
                .body(
                        Map.of(
                                "subject",
                                unique,
                                "url",
                                "/lieux",
                                "excerpt",
                                "Rendez-vous des médiateurs et médiatrices du territoire."))
                .post("/api/v1/notifications/announcements")
                .then()
                .statusCode(200)
                .body("notified", greaterThanOrEqualTo(1));
        return unique;
    }

    static void choose(Api api, Member member, String frequency) {
        api.as(member)
                .body(Map.of(ANNOUNCEMENT, frequency))
                .put("/api/v1/notifications/preferences")
                .then()
                .statusCode(200)
                .body("'" + ANNOUNCEMENT + "'", equalTo(frequency));
    }

    static int sendDigest(Api api, String frequency) {
        return api.asAdmin()
                .body(Map.of("frequency", frequency))
                .post("/api/v1/notifications/digests")
                .then()
                .statusCode(200)
                .body("frequency", equalTo(frequency))
                .extract()
                .path("sent");
    }

    static List<Outbox.Mail> digestsTo(Member member) {
        return Outbox.mailsTo(member.email()).stream()
                .filter(m -> m.subject().startsWith("Votre résumé Relais"))
                .toList();
    }

    @Test
    void aMemberSeesAnAnnouncementUnreadThenReadsIt() {
        Api api = new Api(base);
        Member reader = api.newMember("Nadia Benali");
        Member other = api.newMember("Julien Moreau");
        String subject = announce(api, "Rencontre régionale des Conseillers numériques");

        String id =
                api.as(reader)
                        .get("/api/v1/notifications")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].subject", equalTo(subject))
                        .body("items[0].kind", equalTo(ANNOUNCEMENT))
                        .body("items[0].url", equalTo("/lieux"))
                        .body("items[0].read", equalTo(false))
                        .body("items[0].createdAt", not(equalTo(null)))
                        .extract()
                        .path("items[0].id");
        api.as(reader).get("/api/v1/notifications/unread-count").then().body("count", equalTo(1));

        api.as(other).post("/api/v1/notifications/" + id + "/read").then().statusCode(404);
        api.as(reader).post("/api/v1/notifications/" + id + "/read").then().statusCode(204);
        api.as(reader).get("/api/v1/notifications/unread-count").then().body("count", equalTo(0));
        api.as(reader).get("/api/v1/notifications").then().body("items[0].read", equalTo(true));
        api.as(reader)
                .get("/api/v1/me/export")
                .then()
                .body("content.notifications.kind", hasItem(ANNOUNCEMENT))
                .body(
                        "content.notifications.find { it.kind == '" + ANNOUNCEMENT + "' }.readAt",
                        not(equalTo(null)))
                .body("content.notifications.url", hasItem("/lieux"))
                .body(not(containsString(subject)));

        api.as(other)
                .post("/api/v1/notifications/read")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void notificationsAreForMembersAndAnnouncementsForAdministrators() {
        Api api = new Api(base);
        Member member = api.newMember("Karim Haddad");
        api.anonymous().get("/api/v1/notifications").then().statusCode(401);
        api.anonymous().get("/api/v1/subscriptions").then().statusCode(401);
        api.as(member)
                .body(Map.of("subject", "Pirate", "url", "/"))
                .post("/api/v1/notifications/announcements")
                .then()
                .statusCode(403);
        api.as(member)
                .body(Map.of("frequency", "DAILY"))
                .post("/api/v1/notifications/digests")
                .then()
                .statusCode(403);
        api.asAdmin()
                .body(Map.of("subject", "Nouvelle charte", "url", "https://ailleurs.exemple"))
                .post("/api/v1/notifications/announcements")
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("url"));
        api.asAdmin()
                .body(Map.of("frequency", "MONTHLY"))
                .post("/api/v1/notifications/digests")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("frequency"));
    }

    @Test
    void aMemberChoosesHowOftenEachKindIsMailed() {
        Api api = new Api(base);
        Member member = api.newMember("Élise Garnier");
        api.as(member)
                .get("/api/v1/notifications/preferences")
                .then()
                .statusCode(200)
                .body("'" + ANNOUNCEMENT + "'", equalTo("DAILY"));
        choose(api, member, "WEEKLY");

        api.as(member)
                .body(Map.of("forum.inexistant", "DAILY"))
                .put("/api/v1/notifications/preferences")
                .then()
                .statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("forum.inexistant"));
        api.as(member)
                .body(Map.of(ANNOUNCEMENT, "HOURLY"))
                .put("/api/v1/notifications/preferences")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem(ANNOUNCEMENT));
        api.as(member)
                .get("/api/v1/notifications/preferences")
                .then()
                .body("'" + ANNOUNCEMENT + "'", equalTo("WEEKLY"));
    }

    @Test
    void aMemberListsChangesAndRemovesSubscriptions() {
        Api api = new Api(base);
        Member member = api.newMember("Mamadou Diallo");
        Map<String, Object> watch = new HashMap<>();
        watch.put("subjectType", "tag");
        watch.put("subjectKey", "smartphone");
        watch.put("level", "WATCHING");
        api.as(member).body(watch).put("/api/v1/subscriptions").then().statusCode(200);
        watch.put("level", "MUTED");
        api.as(member)
                .body(watch)
                .put("/api/v1/subscriptions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].subjectKey", equalTo("smartphone"))
                .body("items[0].level", equalTo("MUTED"));
        watch.put("level", "LOUD");
        api.as(member)
                .body(watch)
                .put("/api/v1/subscriptions")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("level"));
        api.as(member)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("subscriptions[0].subjectKey", equalTo("smartphone"))
                .body("notificationPreferences.'" + ANNOUNCEMENT + "'", equalTo("DAILY"));
        watch.put("level", null);
        api.as(member).body(watch).put("/api/v1/subscriptions").then().statusCode(200);
        api.as(member).get("/api/v1/subscriptions").then().body("total", equalTo(0));
    }

    @Test
    void theDailyDigestGroupsEverythingPendingInOneMail() {
        Api api = new Api(base);
        sendDigest(api, "DAILY"); // starts from an empty queue
        Member member = api.newMember("Sophie Lambert");
        choose(api, member, "DAILY");
        List<String> subjects =
                List.of(
                        announce(api, "Formation Pix : nouvelles sessions"),
                        announce(api, "Appel à contributions : kits d’ateliers"),
                        announce(api, "Maintenance de Relais samedi matin"));

        assertTrue(sendDigest(api, "DAILY") >= 1);
        Outbox.Mail digest = Outbox.awaitMail(member.email(), "Votre résumé Relais");
        assertEquals("Votre résumé Relais : 3 nouveautés", digest.subject());
        subjects.forEach(
                s -> assertTrue(digest.body().contains(s), s + " missing in\n" + digest.body()));
        assertTrue(digest.body().contains("/notifications/preferences"));
        assertEquals(1, digestsTo(member).size());

        sendDigest(api, "DAILY");
        sendDigest(api, "WEEKLY");
        assertEquals(1, digestsTo(member).size(), "nothing pending, nothing sent");
    }

    @Test
    void immediateMailsBeyondTheHourlyLimitWaitForTheDigest() {
        Api api = new Api(base);
        sendDigest(api, "DAILY");
        Member member = api.newMember("Thomas Girard");
        choose(api, member, "IMMEDIATE");
        for (int i = 1; i <= 11; i++) {
            announce(api, "Annonce n° " + i);
        }
        long immediate =
                Outbox.mailsTo(member.email()).stream()
                        .filter(m -> m.subject().equals("Du nouveau pour vous sur Relais"))
                        .count();
        assertEquals(10, immediate, "relais.notifications.immediate-per-hour defaults to 10");

        sendDigest(api, "DAILY");
        Outbox.Mail digest = Outbox.awaitMail(member.email(), "Votre résumé Relais");
        assertEquals("Votre résumé Relais : 1 nouveauté", digest.subject());
        assertTrue(digest.body().contains("Annonce n° 11"), digest.body());
    }

    @Test
    void theBellAndTheNotificationsPage() {
        Api api = new Api(base);
        Member member = api.newMember("Anne Rousseau");
        PageClient browser = PageClient.loggedIn(base, member);
        assertTrue(browser.get("/").text().contains("Notifications, aucune non lue"));

        String subject = announce(api, "Journée nationale de la médiation numérique");
        Page home = browser.get("/");
        assertTrue(home.text().contains("Notifications, 1 non lue"), home.text());
        Page list = browser.get("/notifications");
        assertEquals(200, list.status());
        assertTrue(list.text().contains(subject));
        assertTrue(list.text().contains("Annonces du réseau"));
        String link = list.document().select("a.notification__link").attr("href");

        Page opened = browser.get(link);
        assertEquals(303, opened.status());
        assertTrue(opened.location().endsWith("/lieux"), opened.location());
        assertTrue(browser.get("/").text().contains("Notifications, aucune non lue"));

        announce(api, "Webinaire : accompagner les démarches de retraite en ligne");
        announce(api, "Nouveau kit : premiers pas sur une tablette");
        assertTrue(browser.get("/").text().contains("Notifications, 2 non lues"));
        Page readAll =
                browser.submit(browser.get("/notifications"), "/notifications/lues", Map.of());
        assertEquals(303, readAll.status());
        assertTrue(
                browser.get("/notifications")
                        .text()
                        .contains("3 notifications, dont aucune non lue"));

        Page profile = browser.get("/profil");
        assertEquals(
                "/notifications/preferences",
                profile.document()
                        .select("#profile-notifications-title ~ p a[href$=preferences]")
                        .attr("href"));

        Page preferences = browser.get("/notifications/preferences");
        assertEquals(200, preferences.status());
        Page saved =
                browser.submit(
                        preferences,
                        "/notifications/preferences",
                        Map.of("kind:" + ANNOUNCEMENT, "NEVER"));
        assertEquals(303, saved.status());
        api.as(member)
                .get("/api/v1/notifications/preferences")
                .then()
                .body("'" + ANNOUNCEMENT + "'", equalTo("NEVER"));
        assertTrue(
                browser.get(saved.location()).text().contains("Vos préférences sont enregistrées"));
    }
}
