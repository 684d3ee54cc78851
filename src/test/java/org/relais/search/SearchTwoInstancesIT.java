package org.relais.search;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.relais.testing.RelaisProcess;

/**
 * Two Relais instances sharing one PostgreSQL database, each with its own data directory and index:
 * what is written through one is found through the other's search within two seconds (its indexer
 * polls the shared outbox).
 */
class SearchTwoInstancesIT {

    @Test
    void aPostWrittenThroughOneInstanceIsFoundThroughTheOther() throws Exception {
        Assumptions.assumeTrue(
                "postgresql".equals(System.getProperty("relais.test.database")),
                "two instances need a shared database: this test runs on the PostgreSQL execution");
        try (RelaisProcess a = RelaisProcess.start(Files.createTempDirectory("relais-a-"));
                RelaisProcess b = RelaisProcess.start(Files.createTempDirectory("relais-b-"))) {
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
            await().atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> b.searchTotal("type=forum.post&q=" + reply), total -> total == 1);
        }
    }
}
