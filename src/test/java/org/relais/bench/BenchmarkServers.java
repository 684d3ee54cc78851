package org.relais.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the search benchmark runs against: an embedded PostgreSQL and a Payara Micro child process
 * serving {@code target/relais.war} on it, both in a fresh temporary directory. {@link #close()}
 * stops both and deletes the directory, also when the benchmark fails.
 */
final class BenchmarkServers implements AutoCloseable {
    static final String ADMIN_EMAIL = "bench.admin@exemple.fr";
    static final String ADMIN_PASSWORD = "banc-d-essai-de-la-recherche";
    static final String HEAP = "-Xmx512m";
    private static final long STARTUP_TIMEOUT_MILLIS = 300_000;

    private final Path workDir;
    private EmbeddedPostgres postgres;
    private Process relais;
    private String jdbcUrl;
    private String baseUrl;
    private boolean closed;

    BenchmarkServers() throws IOException {
        workDir = Files.createTempDirectory("relais-bench-");
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    void start(Path payaraJar, Path war) throws IOException, InterruptedException {
        postgres =
                EmbeddedPostgres.builder()
                        .setDataDirectory(workDir.resolve("pg"))
                        .setCleanDataDirectory(true)
                        .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE relais");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL embarqué indisponible", e);
        }
        jdbcUrl = postgres.getJdbcUrl("postgres", "relais");
        int port = freePort();
        baseUrl = "http://127.0.0.1:" + port;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, HEAP));
        // e.g. -Dbench.serverOptions=-XX:StartFlightRecording=filename=/tmp/relais.jfr to profile
        for (String option : System.getProperty("bench.serverOptions", "").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.addAll(
                List.of(
                        "-Drelais.data-dir=" + workDir.resolve("data"),
                        "-Drelais.demo=false",
                        "-Drelais.bench.bulk-load=true",
                        "-Drelais.admin.email=" + ADMIN_EMAIL,
                        "-Drelais.admin.password=" + ADMIN_PASSWORD,
                        "-Drelais.db.class=org.postgresql.ds.PGSimpleDataSource",
                        "-Drelais.db.url=" + jdbcUrl,
                        "-Drelais.db.user=postgres",
                        "-Drelais.db.password=postgres",
                        "-jar",
                        payaraJar.toString(),
                        "--deploy",
                        war.toString(),
                        "--contextroot",
                        "/",
                        "--port",
                        Integer.toString(port),
                        "--nocluster",
                        "--rootdir",
                        workDir.resolve("payara").toString()));
        relais =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(serverLog().toFile())
                        .start();
        awaitReady();
    }

    String baseUrl() {
        return baseUrl;
    }

    Path serverLog() {
        return workDir.resolve("server.log");
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }

    private void awaitReady() throws InterruptedException {
        RelaisClient probe = new RelaisClient(baseUrl);
        long deadline = System.currentTimeMillis() + STARTUP_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!relais.isAlive()) {
                throw new IllegalStateException("Relais stopped at start-up; see " + serverLog());
            }
            if (probe.probe("/api/v1/search?q=relais") == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Relais not ready in time; see " + serverLog());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops both servers and deletes the directory; safe to call twice (shutdown hook). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (relais != null && relais.isAlive()) {
            relais.destroy();
            try {
                if (!relais.waitFor(20, TimeUnit.SECONDS)) {
                    relais.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                relais.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
        }
        deleteWorkDir();
    }

    private void deleteWorkDir() {
        try (Stream<Path> paths = Files.walk(workDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
