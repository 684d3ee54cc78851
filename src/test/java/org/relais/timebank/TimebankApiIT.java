package org.relais.timebank;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Api;
import org.relais.testing.Api.Member;
import org.relais.testing.Outbox;
import org.relais.testing.PageClient;
import org.relais.testing.RelaisServer;

/** The time bank's ledger through its JSON API: bounds, overflow, idempotency, concurrency. */
@ExtendWith(RelaisServer.class)
public class TimebankApiIT {
    @RelaisServer.Base URL base;

    static Response pay(Api api, Member from, Member to, long minutes, String memo, String key) {
        return api.as(from)
                .header("Idempotency-Key", key)
                .body(Map.of("to", to.id(), "minutes", minutes, "memo", memo))
                .post("/api/v1/timebank/transfers");
    }

    /** Sets a member's floor and ceiling as the administrator, as a coordinator would. */
    static void bounds(Api api, Member member, long floorMinutes, long ceilingMinutes) {
        api.asAdmin()
                .body(Map.of("floorMinutes", floorMinutes, "ceilingMinutes", ceilingMinutes))
                .put("/api/v1/timebank/members/" + member.id() + "/bounds")
                .then()
                .statusCode(200);
    }

    static long balance(Api api, Member member) {
        return api.as(member)
                .get("/api/v1/timebank/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("balanceMinutes");
    }

    @Test
    void aPaymentOverTheCeilingSendsTheOverflowToThePool() {
        Api api = new Api(base);
        Member anouk = api.newMember("Anouk Payeuse");
        Member bilal = api.newMember("Bilal Receveur");
        bounds(api, bilal, -600, 60);
        long poolBefore =
                api.anonymous().get("/api/v1/timebank/pool").jsonPath().getLong("balanceMinutes");

        pay(api, anouk, bilal, 90, "Atelier tablette", UUID.randomUUID().toString())
                .then()
                .statusCode(201)
                .body("minutes", equalTo(90))
                .body("creditedMinutes", equalTo(60))
                .body("overflowToPoolMinutes", equalTo(30))
                .body("payerBalanceMinutes", equalTo(-90));

        assertEquals(-90, balance(api, anouk));
        assertEquals(60, balance(api, bilal));
        api.anonymous()
                .get("/api/v1/timebank/pool")
                .then()
                .body("balanceMinutes", equalTo((int) poolBefore + 30))
                .body("items.counterpartId", hasItem(bilal.id()));
        api.as(bilal)
                .get("/api/v1/timebank/me/entries")
                .then()
                .body("items[0].minutes", equalTo(60))
                .body("items[0].overflowToPoolMinutes", equalTo(30))
                .body("items[0].counterpart", equalTo("Anouk Payeuse"));
    }

    @Test
    void aPaymentUnderTheFloorIsRefusedAndChangesNothing() {
        Api api = new Api(base);
        Member claire = api.newMember("Claire Prudente");
        Member dylan = api.newMember("Dylan Aidant");

        pay(api, claire, dylan, 601, "Trop d’heures", UUID.randomUUID().toString())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("minutes"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("10 h")));

        assertEquals(0, balance(api, claire));
        assertEquals(0, balance(api, dylan));
        api.as(claire).get("/api/v1/timebank/me/entries").then().body("total", equalTo(0));
    }

    @Test
    void aFractionOfAMinuteIsRefusedAndChangesNothing() {
        Api api = new Api(base);
        Member gael = api.newMember("Gaël Précis");
        Member hana = api.newMember("Hana Reçoit");

        api.as(gael)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json")
                .body("{\"to\": \"" + hana.id() + "\", \"minutes\": 1.5, \"memo\": \"Presque\"}")
                .post("/api/v1/timebank/transfers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("format attendu"));

        assertEquals(0, balance(api, gael));
        assertEquals(0, balance(api, hana));
        api.as(gael).get("/api/v1/timebank/me/entries").then().body("total", equalTo(0));
    }

    @Test
    void aReplayedKeyAnswersTheSameTransferAndADifferentBodyIsAConflict() {
        Api api = new Api(base);
        Member eva = api.newMember("Éva Répète");
        Member fares = api.newMember("Farès Reçoit");
        String key = UUID.randomUUID().toString();

        String first =
                pay(api, eva, fares, 45, "Aide CAF", key)
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString();
        String second =
                pay(api, eva, fares, 45, "Aide CAF", key)
                        .then()
                        .statusCode(201)
                        .extract()
                        .asString();
        assertEquals(first, second);
        assertEquals(-45, balance(api, eva));

        pay(api, eva, fares, 50, "Aide CAF", key)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(-45, balance(api, eva));
        assertEquals(45, balance(api, fares));
    }

    @Test
    void aHundredConcurrentReplaysOfOneKeyMakeOneTransfer() throws Exception {
        Api api = new Api(base);
        Member gaby = api.newMember("Gaby Pressée");
        Member hugo = api.newMember("Hugo Patient");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                answers.add(
                        pool.submit(() -> pay(api, gaby, hugo, 30, "Formulaire en ligne", key)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.jsonPath().getString("id"));
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(-30, balance(api, gaby));
        assertEquals(30, balance(api, hugo));
        api.as(gaby).get("/api/v1/timebank/me/entries").then().body("total", equalTo(1));
    }

    /**
     * Client threads of the storm below, and the transfers each sends: the 16 × 500 on each
     * database. Before payments stopped locking the pool it took 411 s on H2; on 2026-11-24, with
     * the shared machine at a load average of 11, it took 110 s on H2 and 124 s on PostgreSQL.
     * {@code -Drelais.test.timebank.transfers=150} runs a shorter storm for a quick check.
     */
    static final int THREADS = 16;

    static final int TRANSFERS_PER_THREAD =
            Integer.getInteger("relais.test.timebank.transfers", 500);

    @Test
    void randomConcurrentTransfersKeepTheLedgerSound() throws Exception {
        Api api = new Api(base);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // one client address per member: registrations are rate-limited per address
            members.add(new Api(base).newMember("Membre " + i));
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = 1000L + t;
                Callable<Integer> work =
                        () -> {
                            Random random = new Random(seed);
                            int accepted = 0;
                            for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                                Member from = members.get(random.nextInt(members.size()));
                                Member to = members.get(random.nextInt(members.size()));
                                int status =
                                        pay(
                                                        api,
                                                        from,
                                                        to,
                                                        1 + random.nextInt(240),
                                                        "Hasard",
                                                        UUID.randomUUID().toString())
                                                .statusCode();
                                assertTrue(status == 201 || status == 422, "status " + status);
                                accepted += status == 201 ? 1 : 0;
                            }
                            return accepted;
                        };
                threads.add(pool.submit(work));
            }
            int accepted = 0;
            for (Future<Integer> thread : threads) {
                accepted += thread.get();
            }
            assertTrue(accepted > 0);
            System.out.printf(
                    "%d threads × %d random transfers (%d accepted) in %.1f s%n",
                    THREADS, TRANSFERS_PER_THREAD, accepted, (System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
        long sum = 0;
        for (Member member : members) {
            long balance = balance(api, member);
            assertTrue(balance >= -600 && balance <= 2400, "balance " + balance);
            sum += balance;
        }
        assertTrue(sum <= 0, "overflow only leaves the members: " + sum);
        String audit =
                api.asAdmin()
                        .get("/api/v1/timebank/audit")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(audit.contains("\"ok\":true"), "the audit after the storm: " + audit);
    }

    @Test
    void coordinatorsGrantFromThePoolAndReverseAMistake() {
        Api api = new Api(base);
        Member ines = api.newMember("Inès Nouvelle");
        Member jules = api.newMember("Jules Distrait");
        Member karim = api.newMember("Karim Donateur");
        bounds(api, karim, -600, 0);
        JsonPath before = api.anonymous().get("/api/v1/timebank/pool").jsonPath();
        pay(api, jules, karim, 20, "Pour le fonds", UUID.randomUUID().toString())
                .then()
                .statusCode(201)
                .body("overflowToPoolMinutes", equalTo(20));

        api.as(jules)
                .body(Map.of("memberId", ines.id(), "minutes", 15, "reason", "Accueil"))
                .post("/api/v1/timebank/grants")
                .then()
                .statusCode(403);
        api.asAdmin()
                .body(Map.of("memberId", ines.id(), "minutes", 15, "reason", "Bienvenue à Inès"))
                .post("/api/v1/timebank/grants")
                .then()
                .statusCode(201)
                .body("kind", equalTo("GRANT"));
        assertEquals(15, balance(api, ines));

        String mistake =
                pay(api, jules, ines, 25, "Erreur de destinataire", UUID.randomUUID().toString())
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        api.asAdmin()
                .body(Map.of("reason", "Versement au mauvais membre"))
                .post("/api/v1/timebank/transfers/" + mistake + "/reversal")
                .then()
                .statusCode(201)
                .body("kind", equalTo("REVERSAL"));
        assertEquals(15, balance(api, ines));
        assertEquals(-20, balance(api, jules));
        api.asAdmin()
                .body(Map.of("reason", "Deux fois"))
                .post("/api/v1/timebank/transfers/" + mistake + "/reversal")
                .then()
                .statusCode(409);
        api.asAdmin().get("/api/v1/timebank/audit").then().body("ok", equalTo(true));

        JsonPath after = api.anonymous().get("/api/v1/timebank/pool").jsonPath();
        assertEquals(20, flow(after, "capped") - flow(before, "capped"));
        assertEquals(15, flow(after, "granted") - flow(before, "granted"));
        assertEquals(flow(before, "reversed"), flow(after, "reversed"), "no overflow was reversed");
        assertEquals(
                after.getLong("balanceMinutes"),
                flow(after, "capped")
                        + flow(after, "melted")
                        - flow(after, "granted")
                        + flow(after, "reversed"),
                "what came in, less what went out, is the pool's balance");
    }

    private static long flow(JsonPath pool, String name) {
        return pool.getLong("flows." + name + "Minutes");
    }

    @Test
    void membersPublishAndFilterOffersAndRequests() {
        Api api = new Api(base);
        Member lina = api.newMember("Lina Formatrice");
        String typed = "Tablette n° " + System.nanoTime() % 100000;
        String tag = typed.replace("Tablette n° ", "tablette-n-");
        String id =
                api.as(lina)
                        .body(
                                Map.of(
                                        "kind",
                                        "OFFER",
                                        "title",
                                        "Prise en main d’une tablette",
                                        "description",
                                        "Une heure pour découvrir les réglages.",
                                        "tags",
                                        List.of(typed),
                                        "online",
                                        true,
                                        "durationMinutes",
                                        60))
                        .post("/api/v1/timebank/offers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        api.anonymous()
                .queryParam("tag", tag)
                .get("/api/v1/timebank/offers")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].authorName", equalTo("Lina Formatrice"))
                .body("items[0].tags", equalTo(List.of(tag)))
                .body("items[0].tagLabels.'" + tag + "'", equalTo(typed));
        api.as(lina)
                .body(Map.of("kind", "AUTRE", "title", "x", "durationMinutes", 5))
                .post("/api/v1/timebank/offers")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("place"));
        api.as(lina).delete("/api/v1/timebank/offers/" + id).then().statusCode(204);
        api.anonymous().get("/api/v1/timebank/offers/" + id).then().statusCode(404);
    }

    static io.restassured.response.ValidatableResponse melt(Api api, LocalDate on, Member only) {
        return api.asAdmin()
                .queryParam("on", on.toString())
                .queryParam("memberId", only.id())
                .post("/api/v1/timebank/melting/run")
                .then()
                .statusCode(200);
    }

    /**
     * Melting, run as on later days (the test servers turn the policy on: 6 months, 5 %): a warning
     * mail the month before, one melt into the pool per month, never twice.
     */
    @Test
    void idleCreditsAreWarnedThenMeltOncePerMonth() {
        Api api = new Api(base);
        Member olga = api.newMember("Olga Généreuse");
        Member paul = api.newMember("Paul Économe");
        pay(api, olga, paul, 590, "Atelier démarches", UUID.randomUUID().toString())
                .then()
                .statusCode(201);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        api.as(olga)
                .queryParam("on", today.toString())
                .post("/api/v1/timebank/melting/run")
                .then()
                .statusCode(403);

        melt(api, today.plusMonths(5).plusDays(1), paul)
                .body("enabled", equalTo(true))
                .body("warned", equalTo(List.of(paul.id())))
                .body("meltedMinutes", equalTo(0));
        Outbox.Mail warning = Outbox.awaitMail(paul.email(), "fondre");
        assertTrue(warning.body().contains("9 h 50"), warning.body());
        assertTrue(warning.body().contains("29 min"), warning.body()); // 5 % of 9 h 50
        melt(api, today.plusMonths(5).plusDays(2), paul).body("warned", equalTo(List.of()));
        assertEquals(
                1,
                Outbox.mailsTo(paul.email()).stream()
                        .filter(m -> m.subject().contains("fondre"))
                        .count());

        LocalDate due = today.plusMonths(6).plusDays(1);
        melt(api, due, paul)
                .body("melted[0].memberId", equalTo(paul.id()))
                .body("meltedMinutes", equalTo(29));
        melt(api, due, paul).body("meltedMinutes", equalTo(0));
        melt(api, due.plusDays(3), paul).body("meltedMinutes", equalTo(0));
        assertEquals(561, balance(api, paul));
        api.as(paul)
                .get("/api/v1/timebank/me/entries")
                .then()
                .body("total", equalTo(2))
                .body("items[0].kind", equalTo("MELT"))
                .body("items[0].minutes", equalTo(-29));
        String history = PageClient.loggedIn(base, paul).get("/banque-de-temps/compte").text();
        assertTrue(history.contains("fonte : 29 min versée au fonds commun"), history);
        api.asAdmin().get("/api/v1/timebank/audit").then().body("ok", equalTo(true));
    }
}
