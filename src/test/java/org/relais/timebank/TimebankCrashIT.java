package org.relais.timebank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.RelaisProcess;

/**
 * A server killed with {@code kill -9} in the middle of a storm of payments loses none it had
 * acknowledged: after a restart, replaying each acknowledged payment's key answers that very
 * transfer (so it was stored, once), and the auditor finds the ledger sound. It runs on both
 * databases, as the issue asks: on PostgreSQL the child server shares the execution's database with
 * the shared server, and the auditor checks the whole ledger, the other tests' transfers included.
 */
class TimebankCrashIT {
    private static final int CLIENTS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;

    /** A payment the server confirmed, and how to replay it. */
    record Acknowledged(
            Member payer, Member receiver, long minutes, String key, String transferId) {}

    @Test
    void everyAcknowledgedPaymentSurvivesAKillAndTheLedgerStaysSound() throws Exception {
        try (RelaisProcess server = RelaisProcess.start(Files.createTempDirectory("relais-tb-"))) {
            Api api = server.api();
            List<Member> members = new ArrayList<>();
            for (int i = 0;
                    i < CLIENTS + 2;
                    i++) { // each from its own address: sign-ups are limited
                members.add(server.api().newMember("Membre de la tempête " + i));
            }
            Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                Member payer = members.get(c);
                clients.submit(() -> storm(api, payer, members, acknowledged, killed));
            }
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
                assertTrue(System.nanoTime() < giveUp, "the storm never got going");
                Thread.sleep(20);
            }
            killed.set(true);
            server.kill();
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));

            server.restart();
            Api after = server.api();
            for (Acknowledged payment : acknowledged) {
                Response replay = pay(after, payment);
                assertEquals(201, replay.statusCode(), replay.asString());
                assertEquals(
                        payment.transferId(),
                        replay.jsonPath().getString("id"),
                        "the acknowledged transfer " + payment.key() + " is stored, once");
            }
            Map<String, Object> audit =
                    server.asAdmin()
                            .get("/api/v1/timebank/audit")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getMap("");
            assertEquals(Boolean.TRUE, audit.get("ok"), audit.toString());
        }
    }

    /** Pays small random amounts to the others until the server dies under the client. */
    private static void storm(
            Api api,
            Member payer,
            List<Member> members,
            Queue<Acknowledged> acknowledged,
            AtomicBoolean killed) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int n = 0;
        while (!killed.get()) {
            Member receiver = members.get(random.nextInt(members.size()));
            if (receiver.id().equals(payer.id())) {
                continue;
            }
            Acknowledged attempt =
                    new Acknowledged(
                            payer, receiver, random.nextLong(1, 6), payer.id() + "-" + n++, null);
            try {
                Response response = pay(api, attempt);
                if (response.statusCode() == 201) {
                    acknowledged.add(
                            new Acknowledged(
                                    payer,
                                    receiver,
                                    attempt.minutes(),
                                    attempt.key(),
                                    response.jsonPath().getString("id")));
                }
            } catch (RuntimeException serverGone) {
                return; // the kill: what was not acknowledged may or may not have been written
            }
        }
    }

    private static Response pay(Api api, Acknowledged payment) {
        return api.as(payment.payer())
                .header("Idempotency-Key", payment.key())
                .body(
                        Map.of(
                                "to",
                                payment.receiver().id(),
                                "minutes",
                                payment.minutes(),
                                "memo",
                                "Tempête"))
                .post("/api/v1/timebank/transfers");
    }
}
