package org.relais.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Calls the JSON API of a test server. Each client comes from its own benchmarking-range address
 * (the test server trusts X-Forwarded-For, as behind a load balancer), so rate limits of one test
 * never touch another.
 */
public final class Api {
    private final URL base;
    private final String clientAddress;
    private final Path outbox;

    /**
     * One administrator token for the whole test run: the database lives as long as the run, and
     * logging in again for every test would trip the login rate limit (6 a minute per account).
     */
    private static volatile String adminToken;

    public Api(URL base) {
        this(base, Outbox.directory());
    }

    /** For another server than the shared one: its address and the outbox of its data directory. */
    public Api(URL base, Path outbox) {
        this.base = base;
        this.outbox = outbox;
        this.clientAddress = newAddress();
    }

    /** Hosts per /24 block: .1 to .254. */
    private static final int HOSTS = 254;

    /** The 512 /24 blocks of 198.18.0.0/15. */
    private static final int BLOCKS = 512;

    /**
     * Counts the addresses given out in this run. Random ones collided: with hundreds of clients in
     * one run, two of them shared an address now and then, and their registrations together tripped
     * the limit of five an hour. A count from a random start never repeats within a run yet differs
     * between runs that reuse a data directory.
     */
    private static final AtomicInteger NEXT_ADDRESS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(HOSTS * BLOCKS));

    /** An address of 198.18.0.0/15 that no other client of this run has. */
    public static String newAddress() {
        int n = Math.floorMod(NEXT_ADDRESS.getAndIncrement(), HOSTS * BLOCKS);
        int block = n / HOSTS;
        return "198." + (18 + block / 256) + "." + block % 256 + "." + (n % HOSTS + 1);
    }

    public RequestSpecification anonymous() {
        return given().baseUri(base.toString().replaceAll("/$", ""))
                .header("X-Forwarded-For", clientAddress)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public RequestSpecification as(Member member) {
        return withToken(member.token());
    }

    public RequestSpecification withToken(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** As the first administrator, whom the test server creates from its settings. */
    public RequestSpecification asAdmin() {
        return withToken(adminToken());
    }

    private String adminToken() {
        synchronized (Api.class) {
            if (adminToken == null) {
                adminToken =
                        anonymous()
                                .body(
                                        Map.of(
                                                "email",
                                                TestServers.ADMIN_EMAIL,
                                                "password",
                                                TestServers.ADMIN_PASSWORD))
                                .post("/api/v1/tokens")
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("token");
            }
            return adminToken;
        }
    }

    /** Creates, as the administrator, a forum category and a topic in it; returns the topic id. */
    public String newTopic(String category, String title, String body) {
        return newTopic(this::asAdmin, category, title, body);
    }

    /**
     * Creates, as an administrator of some server, a forum category and a topic in it; returns the
     * topic id.
     */
    public static String newTopic(
            Supplier<RequestSpecification> asAdmin, String category, String title, String body) {
        String categoryId =
                asAdmin.get()
                        .body(Map.of("name", category, "colour", "#225577"))
                        .post("/api/v1/forum/categories")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return asAdmin.get()
                .body(
                        Map.of(
                                "categoryId",
                                categoryId,
                                "title",
                                title,
                                "body",
                                body,
                                "tags",
                                List.of()))
                .post("/api/v1/forum/topics")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The member's time-bank balance, in minutes. */
    public long balanceMinutes(Member member) {
        return as(member)
                .get("/api/v1/timebank/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("balanceMinutes");
    }

    /** The member's data export, {@code GET /api/v1/me/export}. */
    public JsonPath export(Member member) {
        return exportResponse(member).jsonPath();
    }

    /** One capability's part of the member's data export: {@code content.<section>}. */
    public JsonPath exportSection(Member member, String section) {
        return exportResponse(member).jsonPath().setRootPath("content." + section);
    }

    /**
     * The SQL statements the member's data export cost the server: the same for a member with more
     * content when no section reads it one item at a time.
     */
    public int exportSqlCount(Member member) {
        return Integer.parseInt(exportResponse(member).header("X-Relais-Sql-Count"));
    }

    private ExtractableResponse<Response> exportResponse(Member member) {
        return as(member).get("/api/v1/me/export").then().statusCode(200).extract();
    }

    /** Registers, confirms by the mailed link and gets an API token: a ready member. */
    public Member newMember(String displayName) {
        return newMember(
                displayName,
                "m" + System.nanoTime() + "@exemple.fr",
                email -> Outbox.awaitMail(outbox, email, "Confirmez").linkToken());
    }

    /**
     * The same with a given address, for a server that mails through SMTP: {@code
     * confirmationToken} finds the token of the confirmation link mailed to the address.
     */
    public Member newMember(
            String displayName, String email, UnaryOperator<String> confirmationToken) {
        String password = "une phrase de passe " + System.nanoTime();
        String id =
                anonymous()
                        .body(
                                Map.of(
                                        "displayName",
                                        displayName,
                                        "email",
                                        email,
                                        "password",
                                        password))
                        .post("/api/v1/accounts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        anonymous()
                .body(Map.of("token", confirmationToken.apply(email)))
                .post("/api/v1/accounts/confirmation")
                .then()
                .statusCode(200);
        return new Member(id, displayName, email, password, logIn(email, password));
    }

    /** A new API token of the member, who gets the roles granted since their last one. */
    public String logIn(String email, String password) {
        return anonymous()
                .body(Map.of("email", email, "password", password, "name", "tests"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    /** A confirmed member and the secrets to act as them. */
    public record Member(
            String id, String displayName, String email, String password, String token) {
        /** The first administrator, whom the test server creates from its settings. */
        public static Member firstAdmin() {
            return new Member(
                    null, "admin", TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD, null);
        }
    }
}
