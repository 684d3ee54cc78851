package org.relais.search;

import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.RelaisProcess;
import org.relais.testing.RelaisServer;

/**
 * Two Relais instances sharing one PostgreSQL database, each with its own data directory and index
 * — the tests' shared server and a second one started here: what is written through the first is
 * found through the second's search (its indexer polls the shared outbox). How fast is a matter for
 * the search benchmark (B2 measures the write-to-searchable lag); on a loaded test machine this
 * test only allows a generous delay, counted once the second server has indexed what earlier tests
 * left in the shared database.
 */
@ExtendWith(RelaisServer.class)
class SearchTwoInstancesIT {
    @RelaisServer.Base URL base;

    @Test
    void aPostWrittenThroughOneInstanceIsFoundThroughTheOther() throws Exception {
        Assumptions.assumeTrue(
                "postgresql".equals(System.getProperty("relais.test.database")),
                "two instances need a shared database: this test runs on the PostgreSQL execution");
        Api a = new Api(base);
        try (RelaisProcess b = RelaisProcess.start(Files.createTempDirectory("relais-b-"))) {
            b.awaitIndexCaughtUp();
            String marker = "deuxinstances" + System.nanoTime() % 100000;
            String topic =
                    a.newTopic(
                            "Entre relais " + marker,
                            "Permanence numérique partagée " + marker,
                            "Qui accueille les usagers le mardi ? " + marker);
            String reply = "reponsepartagee" + System.nanoTime() % 100000;
            a.asAdmin()
                    .body(Map.of("body", "Je prends le mardi matin, " + reply))
                    .post("/api/v1/forum/topics/" + topic + "/posts")
                    .then()
                    .statusCode(201);
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> b.searchTotal("type=forum.post&q=" + reply), total -> total == 1);
        }
    }
}
