package org.relais.search;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.directory.DirectoryApiIT;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.PageClient;
import org.relais.testing.PageClient.Page;
import org.relais.testing.RelaisServer;

/**
 * The rebuild of the index from the database: it works after the outbox was pruned, search answers
 * during it, and administrators follow it from the API and from their page.
 */
@ExtendWith(RelaisServer.class)
class SearchRebuildIT {
    @RelaisServer.Base URL base;

    @Test
    void aRebuildAfterPruningTheOutboxStillFindsEverythingAndSearchNeverFails() throws Exception {
        Api api = new Api(base);
        Member member = api.newMember("Nadia Perrin");
        String word = "Xylophonie" + System.nanoTime() % 100000;
        DirectoryApiIT.createPlace(api, member, DirectoryApiIT.aPlace("Fablab " + word));
        awaitTotal(api, word.toLowerCase(), 1);

        int deleted =
                api.asAdmin()
                        .post("/api/v1/search/outbox/prune?olderThan=PT0S")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("deleted");
        assertTrue(deleted > 0, "the outbox held older entries");
        JsonPath before = status(api);
        assertEquals(0, before.getInt("lag"));
        int documents = before.getInt("documents");

        ExecutorService searchers = Executors.newSingleThreadExecutor();
        AtomicBoolean stop = new AtomicBoolean();
        Future<Integer> searching =
                searchers.submit(
                        () -> {
                            int searches = 0;
                            while (!stop.get()) {
                                api.anonymous()
                                        .get("/api/v1/search?q=" + word.toLowerCase())
                                        .then()
                                        .statusCode(200)
                                        .body("total", equalTo(1));
                                searches++;
                            }
                            return searches;
                        });
        api.asAdmin()
                .post("/api/v1/search/rebuild")
                .then()
                .statusCode(200)
                .body("documents", greaterThanOrEqualTo(1))
                .body("rebuild.state", notNullValue());
        JsonPath after =
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(200))
                        .until(
                                () -> status(api),
                                s ->
                                        "IDLE".equals(s.getString("rebuild.state"))
                                                && s.get("rebuild.lastDurationMillis") != null);
        stop.set(true);
        assertTrue(searching.get() > 0); // rethrows the first failed search
        searchers.shutdown();

        assertEquals("admin", after.getString("rebuild.reason"));
        assertEquals(100, after.getInt("rebuild.percent"));
        assertEquals(documents, after.getInt("documents"), "the rebuilt index holds the same");
        assertTrue(after.getLong("rebuild.total") >= documents);
        assertEquals(1, awaitTotal(api, word.toLowerCase(), 1).getInt("total"));

        // a change written after the rebuild reaches the new index through the outbox
        String later = "Zamponia" + System.nanoTime() % 100000;
        DirectoryApiIT.createPlace(api, member, DirectoryApiIT.aPlace("Atelier " + later));
        awaitTotal(api, later.toLowerCase(), 1);
    }

    @Test
    void pruningNeedsAValidDurationAndAnAdministrator() {
        Api api = new Api(base);
        api.anonymous().post("/api/v1/search/outbox/prune").then().statusCode(401);
        api.asAdmin()
                .post("/api/v1/search/outbox/prune?olderThan=sept-jours")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        api.asAdmin()
                .post("/api/v1/search/outbox/prune?olderThan=P3650D")
                .then()
                .statusCode(200)
                .body("deleted", equalTo(0));
    }

    @Test
    void theAdminPageShowsTheIndexAndRebuildsIt() {
        Api api = new Api(base);
        Member member = api.newMember("Jules Carpentier");
        assertEquals(403, PageClient.loggedIn(base, member).get("/admin/recherche").status());

        PageClient admin = PageClient.loggedIn(base, Member.firstAdmin());
        Page page = admin.get("/admin/recherche");
        assertEquals(200, page.status());
        assertEquals("Index de recherche", page.document().selectFirst("h1").text());
        assertEquals(
                String.valueOf(status(api).getInt("documents")),
                page.document().selectFirst("#index-documents").text());
        assertEquals(1, page.document().select("nav.main-nav a[href=/admin/recherche]").size());

        Page posted = admin.submit(page, "/admin/recherche/reconstruire", Map.of());
        assertEquals(303, posted.status());
        assertTrue(posted.location().endsWith("/admin/recherche"));
        Page progress = admin.get("/admin/recherche");
        assertTrue(
                progress.text().contains("Reconstruction en cours")
                        || progress.text().contains("Dernière reconstruction terminée"),
                progress.text());
        assertEquals(
                403,
                admin.post("/admin/recherche/reconstruire", Map.of()).status(),
                "a post without its CSRF token is refused");
    }

    private static JsonPath status(Api api) {
        return api.asAdmin()
                .get("/api/v1/search/status")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath awaitTotal(Api api, String q, int total) {
        return await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () ->
                                api.anonymous()
                                        .get("/api/v1/search?q=" + q)
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .jsonPath(),
                        json -> json.getInt("total") == total);
    }
}
