package org.relais.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.relais.testing.RelaisProcess;

/**
 * kill -9 of a server while it indexes hundreds of new posts and rebuilds its index: started again
 * on the same data directory, its index catches up and agrees with the database.
 */
class SearchCrashRecoveryIT {
    private static final int POSTS = 150;

    @Test
    void afterAKillDuringIndexingTheIndexCatchesUpWithTheDatabase() throws Exception {
        Assumptions.assumeTrue(
                "h2".equals(System.getProperty("relais.test.database")),
                "one child server is enough: the crash test runs on the H2 execution");
        Path dataDir = Files.createTempDirectory("relais-crash-");
        String marker = "crashjalon" + System.nanoTime() % 100000;
        try (RelaisProcess server = RelaisProcess.start(dataDir)) {
            String topic =
                    server.newTopic(
                            "Comptes rendus",
                            "Comptes rendus des ateliers " + marker,
                            "Un fil pour partager nos comptes rendus " + marker);
            for (int i = 0; i < POSTS; i++) { // one by one: replies to a topic are serialised
                server.asAdmin()
                        .body(
                                Map.of(
                                        "body",
                                        "Atelier « premiers pas sur la tablette » n° "
                                                + i
                                                + " : étape"
                                                + i
                                                + "x "
                                                + marker))
                        .post("/api/v1/forum/topics/" + topic + "/posts")
                        .then()
                        .statusCode(201);
            }
            server.asAdmin().post("/api/v1/search/rebuild").then().statusCode(200);
            server.kill();

            server.restart();
            // every write the server acknowledged survived the kill (H2 writes each commit out)
            int expected =
                    server.anonymous()
                            .get("/api/v1/forum/topics/" + topic)
                            .then()
                            .statusCode(200)
                            .extract()
                            .<Integer>path("posts.total");
            assertEquals(POSTS + 1, expected, "the first post and every reply are kept");
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> server.searchTotal("type=forum.post&q=" + marker),
                            total -> total == expected - 1); // the opening post is the topic's
            for (int i = 0; i < expected - 1; i++) { // replies were written in order
                assertEquals(
                        1,
                        server.searchTotal("type=forum.post&q=etape" + i + "x"),
                        "post " + i + " is in the index");
            }
            assertEquals(
                    Integer.valueOf(0),
                    server.asAdmin()
                            .get("/api/v1/search/status")
                            .then()
                            .statusCode(200)
                            .extract()
                            .<Integer>path("lag"));
            try (Stream<Path> folders = Files.list(dataDir)) {
                List<String> indexes =
                        folders.map(p -> p.getFileName().toString())
                                .filter(n -> n.startsWith("index") && !n.contains("."))
                                .toList();
                assertEquals(1, indexes.size(), "no half-built index left: " + indexes);
            }
            assertTrue(Files.size(dataDir.resolve("server.log")) > 0);
        }
    }
}
