package org.relais.agenda;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.directory.DirectoryApiIT;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.EditConflictSteps;
import org.relais.testing.FieldErrorLinks;
import org.relais.testing.Outbox;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/**
 * The agenda through its JSON API, its iCalendar and Atom feeds (parsed by iCal4j) and its pages.
 */
@ExtendWith(RelaisServer.class)
public class AgendaIT {
    @RelaisServer.Base URL base;

    /** A date in the coming weeks, so the event is in the default range of lists and feeds. */
    static String day(int daysAhead) {
        return LocalDate.now().plusDays(daysAhead).toString();
    }

    static Map<String, Object> anEvent(String title, String tag) {
        Map<String, Object> event = new HashMap<>();
        event.put("title", title);
        event.put("description", "Venez avec votre **smartphone** ; on regarde ensemble.");
        event.put("start", day(10) + "T14:00");
        event.put("end", day(10) + "T16:30");
        event.put("address", "3, place de la Mairie, Rennes");
        event.put("tags", List.of(tag));
        return event;
    }

    static String placeOf(Api api, Member manager) {
        return api.as(manager)
                .body(DirectoryApiIT.aPlace("EPN Agenda " + System.nanoTime()))
                .post("/api/v1/places")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An event at a place of the organiser's, so published at once: its id. */
    static String atTheirPlace(Api api, Member organiser, String title, String tag) {
        Map<String, Object> body = anEvent(title, tag);
        body.put("placeId", placeOf(api, organiser));
        return create(api, organiser, body);
    }

    static String create(Api api, Member member, Map<String, Object> body) {
        return api.as(member)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    Optional<VEvent> inFeed(Api api, String path, String uid) throws Exception {
        String ics =
                api.anonymous()
                        .get(path)
                        .then()
                        .statusCode(200)
                        .contentType(org.hamcrest.Matchers.startsWith("text/calendar"))
                        .extract()
                        .asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertTrue(calendar.getComponent("VTIMEZONE").isPresent());
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(v -> v.getUid().map(u -> u.getValue().equals(uid)).orElse(false))
                .findFirst();
    }

    static String property(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    /**
     * The event form's fields for a scheduled event at a place, on one day ({@code start}: day T
     * time).
     */
    static Map<String, Object> formFields(
            String title, String start, String endTime, String placeId, String tag) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("date", start.substring(0, start.indexOf('T')));
        fields.put("startTime", start.substring(start.indexOf('T') + 1));
        fields.put("endTime", endTime);
        fields.put("placeId", placeId);
        fields.put("tags", tag);
        fields.put("status", "SCHEDULED");
        return fields;
    }

    /** Posts the event form as a browser does: multipart, the CSRF token in the form's action. */
    static Page submitEventForm(
            PageClient browser, Page formPage, Map<String, ?> fields, Map<String, byte[]> image) {
        String action =
                formPage.document().select("form[enctype=multipart/form-data]").attr("action");
        assertTrue(action.contains("_csrf="), action);
        return browser.postMultipart(action, fields, "image", image);
    }

    /** A small picture in the given ImageIO format ("png", "gif"…). */
    static byte[] picture(String format) throws java.io.IOException {
        java.awt.image.BufferedImage picture =
                new java.awt.image.BufferedImage(6, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        picture.setRGB(1, 1, 0x2a6fdb);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, format, out);
        return out.toByteArray();
    }

    static io.restassured.response.Response sendImage(
            Api api, Member member, String id, String fileName, byte[] bytes, String alt) {
        var request =
                api.as(member)
                        .contentType("multipart/form-data")
                        .multiPart("image", fileName, bytes);
        if (alt != null) {
            request =
                    request.multiPart(
                            new io.restassured.builder.MultiPartSpecBuilder(alt)
                                    .controlName("alt")
                                    .charset(java.nio.charset.StandardCharsets.UTF_8)
                                    .build());
        }
        return request.post("/api/v1/events/" + id + "/image");
    }

    /** The image at this address as any client gets it (no JSON Accept header). */
    io.restassured.response.Response fetchImage(String url) {
        return io.restassured.RestAssured.given()
                .baseUri(base.toString().replaceAll("/$", ""))
                .get(url);
    }

    @Test
    void anEventsImageIsSentWithItsTextServedShownInTheFeedsAndRemoved() throws Exception {
        Api api = new Api(base);
        Member animator = api.newMember("Animatrice illustration");
        Member stranger = api.newMember("Voisin sans droits");
        String placeId = placeOf(api, animator);
        Map<String, Object> body = anEvent("Atelier retouche photo", "image-" + System.nanoTime());
        body.put("placeId", placeId);
        String id = create(api, animator, body);
        byte[] png = picture("png");

        sendImage(api, animator, id, "affiche.png", png, "  ")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("imageAlt"));
        sendImage(api, animator, id, "affiche.png", "pas une image".getBytes(), "Affiche")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        sendImage(api, animator, id, "affiche.gif", picture("gif"), "Affiche")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("PNG, JPEG ou WebP"));
        sendImage(api, stranger, id, "affiche.png", png, "Affiche").then().statusCode(403);
        JsonPath unchanged = api.anonymous().get("/api/v1/events/" + id).jsonPath();
        assertEquals(null, unchanged.getString("imageUrl"));
        assertEquals(0, unchanged.getInt("sequence"));

        String alt = "Une animatrice montre à deux habitants comment recadrer une photo";
        JsonPath sent =
                sendImage(api, animator, id, "affiche.png", png, alt)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        String imageUrl = sent.getString("imageUrl");
        assertTrue(imageUrl.startsWith("/agenda/evenements/" + id + "/image?v="), imageUrl);
        assertEquals(alt, sent.getString("imageAlt"));

        var served = fetchImage(imageUrl);
        assertEquals(200, served.statusCode());
        assertTrue(served.contentType().startsWith("image/png"), served.contentType());
        assertEquals("nosniff", served.header("X-Content-Type-Options"));
        assertTrue(
                served.header("Cache-Control").contains("max-age=3600"),
                served.header("Cache-Control"));
        assertTrue(java.util.Arrays.equals(png, served.asByteArray()));
        assertEquals(
                304,
                io.restassured.RestAssured.given()
                        .baseUri(base.toString().replaceAll("/$", ""))
                        .header("If-None-Match", served.header("ETag"))
                        .get("/agenda/evenements/" + id + "/image")
                        .statusCode());

        Page page = new PageClient(base).get("/agenda/evenements/" + id);
        assertEquals(alt, page.document().select("img.event-image").attr("alt"));
        assertEquals(imageUrl, page.document().select("img.event-image").attr("src"));
        JsonPath ld =
                new JsonPath(page.document().select("script[type=application/ld+json]").html());
        assertTrue(ld.getString("image").endsWith(imageUrl), ld.getString("image"));
        VEvent inIcs =
                inFeed(api, "/agenda/evenements/" + id + ".ics", sent.getString("uid"))
                        .orElseThrow();
        assertTrue(property(inIcs, "IMAGE").endsWith(imageUrl), property(inIcs, "IMAGE"));
        assertEquals(
                "URI",
                inIcs.getProperty("IMAGE")
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue());

        api.as(stranger).delete("/api/v1/events/" + id + "/image").then().statusCode(403);
        api.as(animator)
                .delete("/api/v1/events/" + id + "/image")
                .then()
                .statusCode(200)
                .body("imageUrl", equalTo(null));
        assertEquals(404, fetchImage("/agenda/evenements/" + id + "/image").statusCode());
        assertTrue(
                new PageClient(base)
                        .get("/agenda/evenements/" + id)
                        .document()
                        .select("img.event-image")
                        .isEmpty());
    }

    @Test
    void aProposalsImageIsSeenByItsOrganiserOnlyUntilConfirmed() throws Exception {
        Api api = new Api(base);
        Member animator = api.newMember("Animateur qui confirme");
        Member member = api.newMember("Proposante illustrée");
        Map<String, Object> body =
                anEvent("Initiation à la tablette", "proposee-" + System.nanoTime());
        body.put("placeId", placeOf(api, animator));
        String id = create(api, member, body);
        String imageUrl =
                sendImage(
                                api,
                                member,
                                id,
                                "tablette.png",
                                picture("png"),
                                "Une tablette posée sur une table")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("imageUrl");

        assertEquals(404, fetchImage(imageUrl).statusCode());
        Page own = PageClient.loggedIn(base, member).get(imageUrl);
        assertEquals(200, own.status());
        assertTrue(
                own.header("Cache-Control").orElse("").contains("private"),
                own.header("Cache-Control").toString());

        api.as(animator).post("/api/v1/events/" + id + "/confirmation").then().statusCode(200);
        assertEquals(200, fetchImage(imageUrl).statusCode());
    }

    @Test
    void theEventFormTakesAnImageWithItsTextAndRemovesIt() throws Exception {
        Api api = new Api(base);
        Member animator = api.newMember("Animatrice affiche");
        String placeId = placeOf(api, animator);
        PageClient browser = PageClient.loggedIn(base, animator);
        Page form = browser.get("/agenda/evenements/nouveau?lieu=" + placeId);
        String tag = "affiche-" + System.nanoTime() % 100000;
        Map<String, Object> fields =
                formFields("Fresque du numérique", day(15) + "T18:00", "20:00", placeId, tag);

        Page noAlt = submitEventForm(browser, form, fields, Map.of("fresque.png", picture("png")));
        assertEquals(422, noAlt.status());
        assertTrue(noAlt.text().contains("le texte alternatif est obligatoire"), noAlt.text());
        assertEquals("Fresque du numérique", noAlt.document().select("#title").attr("value"));
        fields.put("imageAlt", "Affiche de la fresque");
        Page notImage =
                submitEventForm(browser, noAlt, fields, Map.of("fresque.png", "texte".getBytes()));
        assertEquals(422, notImage.status());
        assertTrue(notImage.text().contains("« fresque.png »"), notImage.text());
        api.anonymous().get("/api/v1/events?tag=" + tag).then().body("total", equalTo(0));

        Page created =
                submitEventForm(browser, notImage, fields, Map.of("fresque.png", picture("png")));
        assertEquals(303, created.status());
        Page event = browser.get(created.location());
        assertEquals(
                "Affiche de la fresque", event.document().select("img.event-image").attr("alt"));
        String id = created.location().replaceAll(".*/evenements/([0-9]+).*", "$1");
        Page list =
                new PageClient(base)
                        .get("/agenda?etiquette=" + tag + "&du=" + day(14) + "&au=" + day(16));
        assertEquals(
                1, list.document().select(".agenda-item img.agenda-item__image[alt=\"\"]").size());

        Page edit = browser.get("/agenda/evenements/" + id + "/modifier");
        assertEquals("Affiche de la fresque", edit.document().select("#imageAlt").attr("value"));
        fields.put("removeImage", "oui");
        assertEquals(303, submitEventForm(browser, edit, fields, Map.of()).status());
        api.anonymous().get("/api/v1/events/" + id).then().body("imageUrl", equalTo(null));
    }

    @Test
    void anOrganiserEditingInTwoTabsSeesTheOtherSaveBeforeReplacingIt() {
        Api api = new Api(base);
        Member organiser = api.newMember("Organisateur Deux Onglets");
        String tag = "onglets-" + System.nanoTime() % 100000;
        String id = atTheirPlace(api, organiser, "Atelier tablette", tag);
        String placeId = api.anonymous().get("/api/v1/events/" + id).path("placeId");
        String path = "/agenda/evenements/" + id + "/modifier";
        PageClient browser = PageClient.loggedIn(base, organiser);
        Page firstTab = browser.get(path);
        Page secondTab = browser.get(path);
        String seen = firstTab.document().select("input[name=revision]").attr("value");
        assertFalse(seen.isEmpty(), "the form carries the revision it shows");
        String start = day(10) + "T14:00";
        Map<String, Object> first =
                formFields("Atelier tablette : les applications", start, "16:30", placeId, tag);
        first.put("revision", seen);
        Map<String, Object> second =
                formFields("Atelier tablette : les réglages", start, "16:30", placeId, tag);
        second.put("revision", seen);

        assertEquals(303, submitEventForm(browser, firstTab, first, Map.of()).status());
        Page conflict = submitEventForm(browser, secondTab, second, Map.of());
        assertEquals(409, conflict.status());
        assertTrue(conflict.text().contains("pour ne pas effacer la sienne"));
        assertTrue(
                conflict.document().select(".edit-conflict").text().contains("les applications"));
        assertEquals("Atelier tablette : les réglages", conflict.document().select("#title").val());
        String current = conflict.document().select("input[name=revision]").attr("value");
        assertNotEquals(seen, current);

        second.put("revision", current);
        assertEquals(303, submitEventForm(browser, conflict, second, Map.of()).status());
        api.anonymous()
                .get("/api/v1/events/" + id)
                .then()
                .body("title", equalTo("Atelier tablette : les réglages"));
    }

    @Test
    void theMonthPageNamesTheMonthInLowerCaseAsFrenchWritesIt() {
        Page month = new PageClient(base).get("/agenda/mois/2027-01");

        assertEquals(200, month.status());
        assertEquals("Agenda de janvier 2027", month.document().select("main h1").text());
        assertEquals("Agenda de janvier 2027 — Relais", month.document().title());
    }

    @Test
    void theMonthLinksKeepTheChosenTagAndAddNoEmptyOne() {
        Page month = new PageClient(base).get("/agenda/mois/2027-01");
        Page filtered = new PageClient(base).get("/agenda/mois/2027-01?etiquette=jeux-video");

        assertEquals("/agenda/mois/2026-12", month.document().select("a[rel=prev]").attr("href"));
        assertEquals("/agenda/mois/2027-02", month.document().select("a[rel=next]").attr("href"));
        assertEquals(
                "/agenda/mois/2027-02?etiquette=jeux-video",
                filtered.document().select("a[rel=next]").attr("href"));
    }

    @Test
    void aPlaceOrRegionCalendarIsNamedAfterItAndAnUnknownOneIsNotFound() throws Exception {
        Api api = new Api(base);
        Member manager = api.newMember("Gérante Agenda");
        String placeId = placeOf(api, manager);
        String placeName = api.anonymous().get("/api/v1/places/" + placeId).path("nom");

        for (String path : List.of("/lieux/", "/places/")) {
            String ics = api.anonymous().get(path + placeId + "/agenda.ics").asString();
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            assertEquals(
                    "Relais — agenda : " + placeName,
                    calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
            api.anonymous().get(path + "lieu-inconnu-0/agenda.ics").then().statusCode(404);
        }
        String bretagne = api.anonymous().get("/regions/53/agenda.ics").asString();
        assertTrue(bretagne.contains("\r\nX-WR-CALNAME:Relais — agenda : Bretagne\r\n"), bretagne);
        api.anonymous().get("/regions/99/agenda.ics").then().statusCode(404);
    }

    @Test
    void anEditThenACancellationRaiseTheSequenceAndTheStatusInTheFeeds() throws Exception {
        Api api = new Api(base);
        Member organiser = api.newMember("Organisatrice Agenda");
        String tag = "agenda-it-" + System.nanoTime() % 100000;
        String placeId = placeOf(api, organiser);
        Map<String, Object> body = anEvent("Atelier smartphone pour débuter", tag);
        body.put("placeId", placeId);
        String id = create(api, organiser, body);
        JsonPath created = api.anonymous().get("/api/v1/events/" + id).jsonPath();
        assertEquals("published", created.getString("publication"));
        assertEquals(placeId, created.getString("placeId"));
        String uid = created.getString("uid");

        VEvent first = inFeed(api, "/tags/" + tag + "/agenda.ics", uid).orElseThrow();
        assertEquals("0", property(first, Property.SEQUENCE));
        assertEquals("CONFIRMED", property(first, Property.STATUS));
        assertEquals("Atelier smartphone pour débuter", property(first, Property.SUMMARY));

        api.as(organiser)
                .body(Map.of("title", "Atelier smartphone : les premiers pas"))
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("sequence", equalTo(1))
                .body("address", equalTo("3, place de la Mairie, Rennes"));
        VEvent edited = inFeed(api, "/lieux/" + placeId + "/agenda.ics", uid).orElseThrow();
        assertEquals("1", property(edited, Property.SEQUENCE));
        assertEquals("Atelier smartphone : les premiers pas", property(edited, Property.SUMMARY));
        assertTrue(inFeed(api, "/places/" + placeId + "/agenda.ics", uid).isPresent());

        api.as(organiser)
                .body(Map.of("status", "cancelled"))
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("sequence", equalTo(2));
        VEvent cancelled = inFeed(api, "/agenda.ics", uid).orElseThrow();
        assertEquals("CANCELLED", property(cancelled, Property.STATUS));
        assertEquals("2", property(cancelled, Property.SEQUENCE));
        assertEquals(first.getProperty(Property.UID), cancelled.getProperty(Property.UID));

        VEvent single = inFeed(api, "/agenda/evenements/" + id + ".ics", uid).orElseThrow();
        assertEquals("CANCELLED", property(single, Property.STATUS));

        api.anonymous()
                .get("/api/v1/events?tag=" + tag)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].cancelled", equalTo(true));

        api.as(organiser).delete("/api/v1/events/" + id).then().statusCode(204);
        api.anonymous().get("/api/v1/events/" + id).then().statusCode(404);
        assertTrue(inFeed(api, "/agenda.ics", uid).isEmpty());
    }

    @Test
    void anEditFromAnOlderRevisionIsRefusedInsteadOfErasingTheEditMadeMeanwhile() {
        Api api = new Api(base);
        Member organiser = api.newMember("Organisatrice Deux Onglets");
        String tag = "revision-" + System.nanoTime() % 100000;
        String path =
                "/api/v1/events/"
                        + atTheirPlace(api, organiser, "Atelier courriel pour débuter", tag);
        String seen = api.anonymous().get(path).then().statusCode(200).extract().path("revision");

        api.asAdmin()
                .body(Map.of("address", "Salle 2, 3 place de la Mairie, Rennes", "revision", seen))
                .patch(path)
                .then()
                .statusCode(200);
        EditConflictSteps.refusedAsStale(
                api.as(organiser)
                        .body(
                                Map.of(
                                        "title",
                                        "Atelier courriel : les premiers pas",
                                        "revision",
                                        seen))
                        .patch(path));
        EditConflictSteps.refusedAsStale(
                api.as(organiser)
                        .body(Map.of("status", "cancelled", "revision", seen))
                        .patch(path));
        String current =
                api.anonymous()
                        .get(path)
                        .then()
                        .body("title", equalTo("Atelier courriel pour débuter"))
                        .body("status", equalTo("scheduled"))
                        .body("address", equalTo("Salle 2, 3 place de la Mairie, Rennes"))
                        .body("revision", not(equalTo(seen)))
                        .extract()
                        .path("revision");

        api.as(organiser)
                .body(Map.of("title", "Atelier courriel : les premiers pas", "revision", current))
                .patch(path)
                .then()
                .statusCode(200)
                .body("title", equalTo("Atelier courriel : les premiers pas"))
                .body("address", equalTo("Salle 2, 3 place de la Mairie, Rennes"));
        api.as(organiser)
                .body(Map.of("accessibility", "Sans révision : écrase, comme avant."))
                .patch(path)
                .then()
                .statusCode(200)
                .body("accessibility", equalTo("Sans révision : écrase, comme avant."));
    }

    @Test
    void aSearchHitOfAnEventNamesItsPlace() {
        Api api = new Api(base);
        Member animator = api.newMember("Animatrice du lieu cherché");
        String word = "quinconce" + System.nanoTime() % 100000;
        String placeId = placeOf(api, animator);
        String placeName = api.anonymous().get("/api/v1/places/" + placeId).path("nom");
        Map<String, Object> body = anEvent("Atelier " + word, "recherche-agenda");
        body.put("placeId", placeId);
        create(api, animator, body);

        JsonPath found =
                await().atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(100))
                        .until(
                                () -> api.anonymous().get("/api/v1/search?q=" + word).jsonPath(),
                                json -> json.getInt("total") == 1);
        assertEquals("event", found.getString("items[0].type"));
        assertEquals(placeName, found.getString("items[0].place"));
    }

    @Test
    void aMemberProposesAndTheAnimatorOfThePlaceConfirms() {
        Api api = new Api(base);
        Member animator = api.newMember("Animateur du lieu");
        Member member = api.newMember("Bénévole proposant");
        Member stranger = api.newMember("Autre membre");
        String tag = "proposition-" + System.nanoTime() % 100000;
        String placeId = placeOf(api, animator);
        Map<String, Object> body = anEvent("Café bidouille de décembre", tag);
        body.put("placeId", placeId);
        String id = create(api, member, body);

        api.as(member)
                .get("/api/v1/events/" + id)
                .then()
                .statusCode(200)
                .body("publication", equalTo("pending"));
        api.anonymous().get("/api/v1/events/" + id).then().statusCode(404);
        api.anonymous().get("/api/v1/events?tag=" + tag).then().body("total", equalTo(0));
        api.as(stranger).post("/api/v1/events/" + id + "/confirmation").then().statusCode(404);
        api.as(member)
                .post("/api/v1/events/" + id + "/confirmation")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        api.as(animator)
                .post("/api/v1/events/" + id + "/confirmation")
                .then()
                .statusCode(200)
                .body("publication", equalTo("published"));
        api.anonymous()
                .get("/api/v1/events?tag=" + tag + "&place=" + placeId)
                .then()
                .body("total", equalTo(1))
                .body("items.title", hasItem("Café bidouille de décembre"));
        api.as(stranger)
                .body(Map.of("status", "cancelled"))
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void aWeeklySeriesListsItsOccurrencesWithACancelledOneAndAMovedOne() throws Exception {
        Api api = new Api(base);
        Member moderator = api.newMember("Animatrice série");
        String tag = "serie-" + System.nanoTime() % 100000;
        Map<String, Object> body = anEvent("Permanence numérique du mardi", tag);
        LocalDate firstDay = LocalDate.now().plusDays(3);
        body.put("start", firstDay + "T14:00");
        body.put("end", firstDay + "T17:00");
        body.put("recurrence", "RRULE:FREQ=WEEKLY;COUNT=4");
        body.remove("address");
        body.put("onlineUrl", "https://visio.exemple.fr/permanence");
        body.put("placeId", placeOf(api, moderator));
        String id = create(api, moderator, body);
        String second = firstDay.plusWeeks(1) + "T14:00";
        api.as(moderator)
                .body(Map.of("occurrence", second))
                .post("/api/v1/events/" + id + "/exceptions")
                .then()
                .statusCode(200);
        api.as(moderator)
                .body(
                        Map.of(
                                "occurrence", firstDay.plusWeeks(2) + "T14:00",
                                "start", firstDay.plusWeeks(2).plusDays(1) + "T10:00",
                                "end", firstDay.plusWeeks(2).plusDays(1) + "T12:00"))
                .post("/api/v1/events/" + id + "/exceptions")
                .then()
                .statusCode(200);
        api.as(moderator)
                .body(Map.of("occurrence", firstDay.plusDays(1) + "T14:00"))
                .post("/api/v1/events/" + id + "/exceptions")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("occurrence"));

        JsonPath list =
                api.anonymous()
                        .get("/api/v1/events?online=true&tag=" + tag + "&size=2&page=2")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(4, list.getInt("total"));
        assertEquals(2, list.getInt("page"));
        assertTrue(
                list.getString("items[0].start")
                        .startsWith(firstDay.plusWeeks(2).plusDays(1) + "T10:00"));
        assertTrue(list.getBoolean("items[0].moved"));

        String uid = api.anonymous().get("/api/v1/events/" + id).jsonPath().getString("uid");
        String ics = api.anonymous().get("/tags/" + tag + "/agenda.ics").asString();
        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT");
        assertEquals(2, events.size());
        assertTrue(events.stream().allMatch(v -> property(v, Property.UID).equals(uid)));
        assertTrue(
                property(events.get(0), Property.EXDATE)
                        .startsWith(firstDay.plusWeeks(1).toString().replace("-", "")));
        assertTrue(events.get(1).getProperty(Property.RECURRENCE_ID).isPresent());
    }

    @Test
    void badInputIsRefusedWithFrenchFieldErrorsAndNothingIsCreated() {
        Api api = new Api(base);
        Member member = api.newMember("Saisie fautive");
        String tag = "refus-" + System.nanoTime() % 100000;
        Map<String, Object> body = anEvent("Atelier", tag);
        body.put("title", "x");
        body.put("end", day(9) + "T10:00");
        body.put("recurrence", "FREQ=YEARLY;BYHOUR=9");
        body.put("onlineUrl", "visio");
        api.as(member)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("end"))
                .body("errors.field", hasItem("recurrence"))
                .body("errors.field", hasItem("onlineUrl"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("fréquence")));
        api.anonymous().get("/api/v1/events?tag=" + tag).then().body("total", equalTo(0));
        api.anonymous()
                .body(anEvent("Atelier anonyme", tag))
                .post("/api/v1/events")
                .then()
                .statusCode(401);
        api.anonymous()
                .get("/api/v1/events?from=demain")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("from"));
        api.as(member)
                .body(Map.of("status", "fini"))
                .patch("/api/v1/events/" + create(api, member, anEvent("Atelier valide", tag)))
                .then()
                .statusCode(422)
                .body("errors.field", not(hasItem("title")));
    }

    @Test
    void theAtomFeedListsUpcomingOccurrences() {
        Api api = new Api(base);
        Member member = api.newMember("Auteur Atom");
        String title = "Atelier Atom " + System.nanoTime();
        Map<String, Object> body = anEvent(title, "atom");
        body.put("placeId", placeOf(api, member));
        create(api, member, body);
        String feed =
                api.anonymous()
                        .get("/agenda.atom")
                        .then()
                        .statusCode(200)
                        .contentType(org.hamcrest.Matchers.startsWith("application/atom+xml"))
                        .extract()
                        .asString();
        assertTrue(feed.contains("<title>" + title + " — "), feed);
        String newest =
                api.anonymous()
                        .get("/agenda/nouveautes.atom")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(newest.startsWith("<?xml"), newest);
        assertTrue(newest.contains("<title>" + title + " — "), newest);
    }

    @Test
    void anAnimatorAnnouncesAnEventThroughTheFormAndFindsItInTheListTheMonthAndItsPage() {
        Api api = new Api(base);
        Member animator = api.newMember("Animatrice formulaire");
        String placeId = placeOf(api, animator);
        PageClient browser = PageClient.loggedIn(base, animator);
        String action = "/agenda/evenements/nouveau";
        Page form = browser.get(action + "?lieu=" + placeId);
        assertEquals(200, form.status());
        assertEquals(placeId, form.document().select("#placeId option[selected]").attr("value"));

        LocalDate day = LocalDate.now().plusDays(12);
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", "x");
        fields.put("date", day.toString());
        fields.put("startTime", "18:00");
        fields.put("endTime", "17:00");
        fields.put("placeId", placeId);
        fields.put("repeat", "monthly");
        fields.put("count", "500");
        fields.put("status", "SCHEDULED");
        Page refused = submitEventForm(browser, form, fields, Map.of());
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("La fin doit venir après le début."), refused.text());
        assertTrue(refused.text().contains("Le nombre de séances (COUNT)"), refused.text());
        assertEachWrongPartPointsToItsError(refused);

        String title = "Soirée jeux vidéo rétro " + System.nanoTime() % 100000;
        fields.put("title", title);
        fields.put("endTime", "21:00");
        fields.put("count", "3");
        fields.put("tags", "Jeux vidéo, Matériel informatique");
        Page created = submitEventForm(browser, refused, fields, Map.of());
        assertEquals(303, created.status());
        Page event = browser.get(created.location());
        assertEquals(200, event.status());
        assertTrue(event.text().contains(title));
        assertEquals(3, event.document().select("#prochaines-seances + ul li").size());
        assertEquals(
                List.of("Jeux vidéo", "Matériel informatique"),
                event.document().select("main ul.tags li.tag").eachText(),
                "the tags read as typed, not as slugs");
        String jsonLd = event.document().select("script[type=application/ld+json]").html();
        JsonPath ld = new JsonPath(jsonLd);
        assertEquals("Event", ld.getString("@type"));
        assertEquals(title, ld.getString("name"));
        assertTrue(ld.getString("startDate").startsWith(day + "T18:00"));
        assertEquals("https://schema.org/EventScheduled", ld.getString("eventStatus"));
        assertEquals("Jeux vidéo, Matériel informatique", ld.getString("keywords"));
        String ics = event.document().select("a[href$=.ics]").attr("href");
        assertTrue(ics.matches("/agenda/evenements/[0-9]+\\.ics"), ics);

        Page list =
                new PageClient(base)
                        .get("/agenda?etiquette=jeux-video&du=" + day + "&au=" + day.plusMonths(3));
        assertEquals(200, list.status());
        assertEquals(3, list.document().select(".agenda-item a:contains(" + title + ")").size());
        assertTrue(list.document().select(".agenda-item li.tag").eachText().contains("Jeux vidéo"));
        Page month = new PageClient(base).get("/agenda/mois/" + day.toString().substring(0, 7));
        assertEquals(200, month.status());
        assertTrue(
                month.document()
                        .select("table.agenda-month td:has(time[datetime=" + day + "]) a")
                        .text()
                        .contains(title));
        assertEquals(7, month.document().select("table.agenda-month thead th[scope=col]").size());
        assertEquals(404, new PageClient(base).get("/agenda/mois/2026-13").status());
        Page place = new PageClient(base).get("/lieux/" + placeId);
        assertEquals(
                3, place.document().select("section#agenda li a:contains(" + title + ")").size());
    }

    /** The title, the end and the recurrence are wrong; the start is right. */
    private static void assertEachWrongPartPointsToItsError(Page refused) {
        FieldErrorLinks.assertFieldShowsError(refused, "input#title", "title", "Le titre doit");
        FieldErrorLinks.assertFieldShowsError(
                refused, "input#endTime", "end", "La fin doit venir après le début.");
        FieldErrorLinks.assertFieldShowsError(
                refused, "input#endDate", "end", "La fin doit venir après le début.");
        FieldErrorLinks.assertFieldShowsError(
                refused, "select#repeat", "recurrence", "Le nombre de séances (COUNT)");
        FieldErrorLinks.assertFieldShowsError(
                refused, "input#recurrence", "recurrence", "Le nombre de séances (COUNT)");
        assertEquals(
                1,
                refused.document().select("[id=recurrence-error]").size(),
                "the recurrence's errors are shown once");
        assertTrue(
                refused.document().selectFirst("input#date").attr("aria-invalid").isEmpty(),
                "the start is right");
    }

    @Test
    void anEventWithoutDateNorPlaceIsExplainedBesideTheDateAndThePlace() {
        Api api = new Api(base);
        Member animator = api.newMember("Animateur pressé");
        PageClient browser = PageClient.loggedIn(base, animator);
        Page form = browser.get("/agenda/evenements/nouveau");
        assertTrue(form.document().select("[aria-invalid]").isEmpty(), "no error before sending");
        Page nowhere =
                submitEventForm(
                        browser,
                        form,
                        Map.of("title", "Atelier sans lieu", "status", "SCHEDULED"),
                        Map.of());
        assertEquals(422, nowhere.status());
        FieldErrorLinks.assertFieldShowsError(nowhere, "input#date", "start", "Indiquez le début");
        FieldErrorLinks.assertFieldShowsError(
                nowhere, "select#placeId", "placeId", "Indiquez où se passe l’événement");
        assertTrue(nowhere.document().selectFirst("input#title").attr("aria-invalid").isEmpty());
    }

    @Test
    void seatsGoFirstComeFirstServedAndAFreedSeatGoesToTheFirstInLine() {
        Api api = new Api(base);
        Member animator = api.newMember("Animateur inscriptions");
        Member first = api.newMember("Première inscrite");
        Member second = api.newMember("Deuxième inscrit");
        Member third = api.newMember("Troisième en attente");
        Map<String, Object> body = anEvent("Atelier tablette, 2 places", "inscriptions");
        body.put("placeId", placeOf(api, animator));
        body.put("capacity", -1);
        api.as(animator)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("capacity"));
        body.put("capacity", 2);
        String id = create(api, animator, body);
        String seats = "/api/v1/events/" + id + "/registrations";

        api.anonymous().post(seats).then().statusCode(401);
        api.as(first).post(seats).then().statusCode(200).body("status", equalTo("confirmed"));
        api.as(first).post(seats).then().statusCode(200).body("confirmed", equalTo(1));
        api.as(second).post(seats).then().statusCode(200).body("status", equalTo("confirmed"));
        api.as(third)
                .post(seats)
                .then()
                .statusCode(200)
                .body("status", equalTo("waiting"))
                .body("position", equalTo(1))
                .body("confirmed", equalTo(2))
                .body("waiting", equalTo(1));

        api.as(first).delete(seats + "/me").then().statusCode(200).body("status", equalTo(null));
        api.as(third)
                .get(seats)
                .then()
                .body("status", equalTo("confirmed"))
                .body("waiting", equalTo(0));
        api.as(first).delete(seats + "/me").then().statusCode(404);
        api.as(first).post(seats).then().body("status", equalTo("waiting"));

        api.as(animator)
                .body(Map.of("capacity", 3))
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200);
        api.as(first)
                .get(seats)
                .then()
                .body("status", equalTo("confirmed"))
                .body("capacity", equalTo(3));

        api.as(animator)
                .body(Map.of("status", "cancelled"))
                .patch("/api/v1/events/" + id)
                .then()
                .statusCode(200);
        api.as(api.newMember("Trop tard"))
                .post(seats)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    /**
     * The personal feed: the events of a followed place and a followed tag and those the member
     * registered for, not the others; the secret address is shown once, replaced (the old one then
     * answers 404) and removed.
     */
    @Test
    void aMembersExportHoldsTheEventsTheyOrganiseTheirRegistrationsAndTheirFeedButNoSecret() {
        Api api = new Api(base);
        Member organiser = api.newMember("Organisatrice exportée");
        Member attendee = api.newMember("Participant exporté");
        String title = "Atelier export " + System.nanoTime();
        Map<String, Object> body = anEvent(title, "Export d’agenda");
        body.put("placeId", placeOf(api, organiser));
        body.put("capacity", 3);
        body.put("price", "2 € l'après-midi");
        String id = create(api, organiser, body);
        api.as(attendee)
                .post("/api/v1/events/" + id + "/registrations")
                .then()
                .statusCode(200)
                .body("status", equalTo("confirmed"));
        String feed =
                api.as(attendee)
                        .post("/api/v1/events/feed-token")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("url");
        String secret = feed.replaceAll("^.*/|\\.ics$", "");

        JsonPath mine = api.export(organiser);
        assertEquals(List.of(title), mine.getList("content.agenda.events.title"));
        assertEquals(id, mine.getString("content.agenda.events[0].id"));
        assertEquals(
                "Venez avec votre **smartphone** ; on regarde ensemble.",
                mine.getString("content.agenda.events[0].description"));
        assertEquals("2 € l'après-midi", mine.getString("content.agenda.events[0].price"));
        assertEquals(3, mine.getInt("content.agenda.events[0].capacity"));
        assertEquals(List.of("export-d-agenda"), mine.getList("content.agenda.events[0].tags"));
        assertEquals(
                Map.of("export-d-agenda", "Export d’agenda"),
                mine.getMap("content.agenda.events[0].tagLabels"));
        assertEquals("PUBLISHED", mine.getString("content.agenda.events[0].publication"));
        assertEquals(List.of(), mine.getList("content.agenda.registrations"));
        assertNull(mine.get("content.agenda.personalFeed"));
        assertFalse(
                mine.prettify().contains(attendee.displayName()),
                "who registered for the member's events is not in their export");

        JsonPath theirs = api.export(attendee);
        assertEquals(List.of(), theirs.getList("content.agenda.events"));
        assertEquals(id, theirs.getString("content.agenda.registrations[0].eventId"));
        assertEquals(title, theirs.getString("content.agenda.registrations[0].eventTitle"));
        assertEquals("CONFIRMED", theirs.getString("content.agenda.registrations[0].status"));
        assertEquals(
                LocalDate.parse(day(10))
                        .atTime(14, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant(),
                OffsetDateTime.parse(
                                theirs.getString("content.agenda.registrations[0].occurrenceStart"))
                        .toInstant());
        assertNotNull(theirs.getString("content.agenda.personalFeed.createdAt"));
        assertFalse(theirs.prettify().contains(secret), "the feed's secret is not exported");
    }

    @Test
    void aPersonalFeedHoldsFollowedPlacesTagsAndRegistrationsBehindARevocableSecret()
            throws Exception {
        Api api = new Api(base);
        Member animator = api.newMember("Animatrice suivie");
        Member reader = api.newMember("Lectrice d’agenda");
        long n = System.nanoTime() % 1_000_000;
        String placeId = placeOf(api, animator);
        Map<String, Object> atPlace = anEvent("Café numérique du lieu suivi", "lieu-" + n);
        atPlace.put("placeId", placeId);
        String followedTag = "suivie-" + n;
        String byPlace = create(api, animator, atPlace);
        // the others at another place of the same animator, so that they are published too
        String otherPlace = placeOf(api, animator);
        Map<String, Object> tagged = anEvent("Atelier messagerie", followedTag);
        tagged.put("placeId", otherPlace);
        String byTag = create(api, animator, tagged);
        Map<String, Object> notFollowed = anEvent("Atelier non suivi", "autre-" + n);
        notFollowed.put("placeId", otherPlace);
        String other = create(api, animator, notFollowed);
        Map<String, Object> withSeats = anEvent("Atelier avec inscription", "inscrite-" + n);
        withSeats.put("placeId", otherPlace);
        withSeats.put("capacity", 5);
        String registered = create(api, animator, withSeats);
        api.as(reader)
                .post("/api/v1/events/" + registered + "/registrations")
                .then()
                .statusCode(200);

        api.as(reader)
                .body(Map.of("type", "place", "key", placeId))
                .post("/api/v1/events/follows")
                .then()
                .statusCode(200)
                .body("places.id", hasItem(placeId));
        // the tag from the event's page, as a member without JavaScript does
        PageClient pages = PageClient.loggedIn(base, reader);
        Page event = pages.get("/agenda/evenements/" + byTag);
        assertEquals(
                303,
                pages.submit(
                                event,
                                "/agenda/moi/suivis",
                                Map.of(
                                        "type",
                                        "etiquette",
                                        "cle",
                                        followedTag,
                                        "action",
                                        "suivre",
                                        "retour",
                                        "/agenda/evenements/" + byTag))
                        .status());
        api.as(reader)
                .get("/api/v1/events/follows")
                .then()
                .body("tags", hasItem(followedTag))
                .body("places.id", hasItem(placeId));
        api.as(reader)
                .body(Map.of("type", "salle", "key", placeId))
                .post("/api/v1/events/follows")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("type"));
        api.as(reader)
                .body(Map.of("type", "place", "key", "lieu-inconnu"))
                .post("/api/v1/events/follows")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("key"));

        api.as(reader).get("/api/v1/events/feed-token").then().body("active", equalTo(false));
        api.anonymous().post("/api/v1/events/feed-token").then().statusCode(401);
        String url =
                api.as(reader)
                        .post("/api/v1/events/feed-token")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("url");
        String path = new URL(url).getPath();
        assertTrue(path.matches("/agenda/moi/[A-Za-z0-9_-]{40,}\\.ics"), path);
        api.as(reader).get("/api/v1/events/feed-token").then().body("active", equalTo(true));

        for (String id : List.of(byPlace, byTag, registered)) {
            assertTrue(inFeed(api, path, uidOf(api, id)).isPresent(), "event " + id);
        }
        assertTrue(inFeed(api, path, uidOf(api, other)).isEmpty());

        String renewed =
                new URL(
                                api.as(reader)
                                        .post("/api/v1/events/feed-token")
                                        .then()
                                        .statusCode(201)
                                        .extract()
                                        .<String>path("url"))
                        .getPath();
        api.anonymous().get(path).then().statusCode(404);
        assertTrue(inFeed(api, renewed, uidOf(api, byTag)).isPresent());

        Page mine = pages.get("/agenda/moi");
        assertEquals(200, mine.status());
        assertTrue(mine.text().contains(followedTag), mine.text());
        assertEquals(303, pages.submit(mine, "/agenda/moi/adresse/suppression", Map.of()).status());
        api.anonymous().get(renewed).then().statusCode(404);
        api.as(reader).get("/api/v1/events/feed-token").then().body("active", equalTo(false));
        Page made = pages.submit(pages.get("/agenda/moi"), "/agenda/moi/adresse", Map.of());
        String shown = made.document().select("input#adresse-agenda").attr("value");
        assertTrue(inFeed(api, new URL(shown).getPath(), uidOf(api, byPlace)).isPresent());
        api.as(reader).delete("/api/v1/events/feed-token").then().statusCode(204);
        api.anonymous().get(new URL(shown).getPath()).then().statusCode(404);
        String openapi =
                api.anonymous().get("/openapi").then().statusCode(200).extract().asString();
        assertTrue(openapi.contains("/api/v1/events/feed-token"));
        assertTrue(openapi.contains("/api/v1/events/follows"));
    }

    @Test
    void aTagIsFollowedByTheWordsTypedOnItsEventWhileItsSlugStaysInAddresses() {
        Api api = new Api(base);
        Member animator = api.newMember("Animatrice des mots");
        Member reader = api.newMember("Lecteur des mots");
        String words = "Impression 3D " + System.nanoTime() % 1_000_000;
        String slug = words.toLowerCase().replace(' ', '-');
        String id = atTheirPlace(api, animator, "Atelier imprimante", words);
        PageClient pages = PageClient.loggedIn(base, reader);

        Page event = pages.get("/agenda/evenements/" + id);
        String follow = "Suivre l’étiquette « " + words + " »";
        assertTrue(event.text().contains(follow), event.text());
        assertFalse(event.text().contains("#" + slug), event.text());
        Page filtered = pages.get("/agenda?etiquette=" + slug);
        assertEquals(
                follow,
                filtered.document()
                        .select(
                                "form[action='/agenda/moi/suivis']:has(input[name=cle][value='"
                                        + slug
                                        + "']) button")
                        .text());

        pages.submit(
                event,
                "/agenda/moi/suivis",
                Map.of("type", "etiquette", "cle", slug, "action", "suivre"));
        Page mine = pages.get("/agenda/moi");
        assertEquals(
                words,
                mine.document().select("a[href='/agenda?etiquette=" + slug + "']").text(),
                mine.text());
        assertFalse(mine.text().contains(slug), mine.text());
        assertTrue(
                pages.get("/agenda/evenements/" + id)
                        .text()
                        .contains("Ne plus suivre l’étiquette « " + words + " »"));
    }

    static String uidOf(Api api, String eventId) {
        return api.anonymous().get("/api/v1/events/" + eventId).jsonPath().getString("uid");
    }

    /**
     * A weekly series with two seats a session: each session has its own seats and waiting line;
     * members are told by mail when registered, when given a seat from the line, and when their
     * session is cancelled.
     */
    @Test
    void eachSessionOfASeriesHasItsOwnSeatsAndMembersAreToldByMail() {
        Api api = new Api(base);
        Member animator = api.newMember("Animateur des séances");
        Member ana = api.newMember("Ana Première");
        Member bruno = api.newMember("Bruno Attente");
        Member chloe = api.newMember("Chloé Seconde");
        String tag = "cycle-" + System.nanoTime() % 1_000_000;
        Map<String, Object> body = anEvent("Cycle smartphone en quatre séances", tag);
        LocalDate firstDay = LocalDate.now().plusDays(4);
        body.put("start", firstDay + "T10:00");
        body.put("end", firstDay + "T12:00");
        body.put("recurrence", "RRULE:FREQ=WEEKLY;COUNT=4");
        body.put("capacity", 2);
        body.put("placeId", placeOf(api, animator));
        String id = create(api, animator, body);
        String seats = "/api/v1/events/" + id + "/registrations";
        List<String> sessions =
                api.anonymous()
                        .get("/api/v1/events?tag=" + tag)
                        .jsonPath()
                        .<String>getList("items.start");
        assertEquals(4, sessions.size());
        String first = sessions.get(0);
        String second = sessions.get(1);

        api.as(ana)
                .queryParam("occurrence", first)
                .post(seats)
                .then()
                .body("status", equalTo("confirmed"));
        api.as(chloe)
                .queryParam("occurrence", first)
                .post(seats)
                .then()
                .body("status", equalTo("confirmed"));
        api.as(bruno)
                .queryParam("occurrence", first)
                .post(seats)
                .then()
                .statusCode(200)
                .body("status", equalTo("waiting"))
                .body("position", equalTo(1));
        api.as(bruno)
                .queryParam("occurrence", second)
                .post(seats)
                .then()
                .body("status", equalTo("confirmed"))
                .body("confirmed", equalTo(1));
        api.anonymous()
                .queryParam("occurrence", first)
                .get(seats)
                .then()
                .body("confirmed", equalTo(2))
                .body("waiting", equalTo(1));
        assertTrue(Outbox.awaitMail(ana.email(), "Votre inscription").body().contains("confirmée"));
        assertTrue(
                Outbox.awaitMail(bruno.email(), "Votre inscription")
                        .body()
                        .contains("/agenda/evenements/" + id + ".ics"));

        api.as(ana).queryParam("occurrence", first).delete(seats + "/me").then().statusCode(200);
        api.as(bruno)
                .queryParam("occurrence", first)
                .get(seats)
                .then()
                .body("status", equalTo("confirmed"))
                .body("waiting", equalTo(0));
        assertTrue(
                Outbox.awaitMail(bruno.email(), "Une place s’est libérée")
                        .body()
                        .contains("Cycle smartphone en quatre séances"));

        api.as(animator)
                .body(Map.of("occurrence", firstDay.plusWeeks(1) + "T10:00"))
                .post("/api/v1/events/" + id + "/exceptions")
                .then()
                .statusCode(200);
        Outbox.Mail cancelled = Outbox.awaitMail(bruno.email(), "Changement");
        assertTrue(cancelled.body().contains("est annulé"), cancelled.body());
        assertTrue(
                Outbox.mailsTo(chloe.email()).stream()
                        .noneMatch(m -> m.subject().contains("Changement")));
        api.as(ana)
                .queryParam("occurrence", second)
                .post(seats)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        api.as(ana)
                .queryParam("occurrence", firstDay.plusDays(1) + "T10:00:00+01:00")
                .post(seats)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("occurrence"));
        api.as(ana)
                .queryParam("occurrence", "mardi")
                .post(seats)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("occurrence"));
    }
}
