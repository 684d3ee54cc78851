package org.relais.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Calls the JSON API of a test server. Each client comes from its own documentation-range address
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
        this.clientAddress = randomAddress();
    }

    public static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
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

    /** Registers, confirms by the mailed link and gets an API token: a ready member. */
    public Member newMember(String displayName) {
        String email = "m" + System.nanoTime() + "@exemple.fr";
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
        String link = Outbox.awaitMail(outbox, email, "Confirmez").linkToken();
        anonymous()
                .body(Map.of("token", link))
                .post("/api/v1/accounts/confirmation")
                .then()
                .statusCode(200);
        String token =
                anonymous()
                        .body(Map.of("email", email, "password", password, "name", "tests"))
                        .post("/api/v1/tokens")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("token");
        return new Member(id, displayName, email, password, token);
    }

    /** A confirmed member and the secrets to act as them. */
    public record Member(
            String id, String displayName, String email, String password, String token) {}
}
