package org.relais.testing;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Relais server in a child JVM (Payara Micro with the built WAR) on a loopback port and its own
 * data directory: the one {@link RelaisServer} shares between test classes, and the extra ones of
 * the tests that kill a server or run two. It can be killed with {@code kill -9} and started again
 * on the same data directory. It takes the database settings of the current failsafe execution (H2
 * in its data directory, or the shared PostgreSQL).
 */
public final class RelaisProcess implements AutoCloseable {
    private final Path dataDir;
    private final int port;
    private final Map<String, String> properties;
    private Process process;
    private String adminToken;

    private RelaisProcess(Path dataDir, int port, Map<String, String> properties) {
        this.dataDir = dataDir;
        this.port = port;
        this.properties = Map.copyOf(properties);
    }

    /** Starts a server on the data directory and waits until it answers. */
    public static RelaisProcess start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /**
     * The same with extra system properties (SMTP server, rates…), which override the shared
     * server's options; a {@link #restart} keeps them.
     */
    public static RelaisProcess start(Path dataDir, Map<String, String> properties) {
        RelaisProcess server = new RelaisProcess(dataDir, freePort(), properties);
        server.launch();
        return server;
    }

    public URL base() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A client of this server that creates members through its own outbox. Its administrator
     * requests go through {@link #asAdmin}: {@link Api#asAdmin} belongs to the shared server.
     */
    public Api api() {
        return new Api(base(), dataDir.resolve("outbox"));
    }

    /** {@code kill -9}: no shutdown hook, no index closed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        adminToken = null;
    }

    /** Starts again on the same data directory and port after {@link #kill}. */
    public void restart() {
        launch();
    }

    /** Requests as the first administrator of this server (its own token). */
    public RequestSpecification asAdmin() {
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
        return anonymous().header("Authorization", "Bearer " + adminToken);
    }

    /** Creates, as the administrator, a forum category and a topic in it; returns the topic id. */
    public String newTopic(String category, String title, String body) {
        return Api.newTopic(this::asAdmin, category, title, body);
    }

    /**
     * Waits until this server's index has caught up with the database: no rebuild running and no
     * outbox entry left to index. A fresh server on a shared database first indexes everything the
     * earlier tests wrote; a test that measures how fast a new write becomes searchable starts its
     * clock after that.
     */
    public void awaitIndexCaughtUp() {
        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            var status =
                                    asAdmin()
                                            .get("/api/v1/search/status")
                                            .then()
                                            .statusCode(200)
                                            .extract()
                                            .jsonPath();
                            return status.getLong("lag") == 0
                                    && !"RUNNING".equals(status.getString("rebuild.state"));
                        });
    }

    /** The number of hits of a search as a visitor, e.g. {@code type=forum.post&q=atelier}. */
    public int searchTotal(String query) {
        return anonymous()
                .get("/api/v1/search?" + query)
                .then()
                .statusCode(200)
                .extract()
                .<Integer>path("total");
    }

    public RequestSpecification anonymous() {
        return RestAssured.given()
                .baseUri("http://127.0.0.1")
                .port(port)
                .contentType(ContentType.JSON)
                .header("X-Forwarded-For", Api.newAddress());
    }

    private void launch() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : System.getProperty("relais.test.cmdOptions", "").split(" ")) {
            if (!option.isBlank() && !option.startsWith("-Drelais.data-dir=")) {
                command.add(option);
            }
        }
        command.add("-Drelais.data-dir=" + dataDir);
        command.add("-Drelais.port=" + port);
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(
                Arrays.asList(
                        "-jar",
                        System.getProperty("payara.microJar", "target/payara-micro.jar"),
                        "--deploy",
                        System.getProperty("relais.test.war", "target/relais.war"),
                        "--contextroot",
                        "/",
                        "--port",
                        Integer.toString(port),
                        "--nocluster"));
        try {
            process =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(
                                    ProcessBuilder.Redirect.appendTo(
                                            dataDir.resolve("server.log").toFile()))
                            .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofSeconds(1))
                .until(this::answers);
    }

    private boolean answers() {
        if (!process.isAlive()) {
            throw new AssertionError("Relais stopped; see " + dataDir.resolve("server.log"));
        }
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) new URL(base(), "api/v1/search?q=relais").openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
