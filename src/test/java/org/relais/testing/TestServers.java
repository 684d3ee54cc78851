package org.relais.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares what the integration tests' Payara Micro servers share before any test runs: a fresh
 * data directory and the database of this failsafe execution — the embedded H2 file database, or a
 * real PostgreSQL server (embedded binaries, or {@code RELAIS_TEST_PG_URL} when set). The server's
 * JVM options go to {@link RelaisProcess} through {@code relais.test.cmdOptions}.
 */
public class TestServers implements LauncherSessionListener {
    public static final String DATA_DIR = "relais.test.dataDir";

    /** The first administrator, created by the server from its settings at start-up. */
    public static final String ADMIN_EMAIL = "premier.admin@exemple.fr";

    public static final String ADMIN_PASSWORD = "cle-de-voute-du-reseau";
    private static EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("relais.test.database") == null) {
            return; // unit tests: no server
        }
        try {
            Path dataDir = Files.createTempDirectory("relais-it-");
            System.setProperty(DATA_DIR, dataDir.toString());
            List<String> options = new ArrayList<>();
            options.add("-Xmx512m");
            options.add("-Drelais.data-dir=" + dataDir);
            options.add("-Drelais.demo=false");
            options.add("-Drelais.trust-forwarded-for=true");
            options.add("-Drelais.security.pbkdf2-iterations=20000");
            options.add("-Drelais.diagnostics.sql-count=true");
            options.add("-Drelais.admin.email=" + ADMIN_EMAIL);
            options.add("-Drelais.admin.password=" + ADMIN_PASSWORD);
            // melting only touches accounts idle for months: TimebankApiIT runs it as on later days
            options.add("-Drelais.timebank.melting.enabled=true");
            // on PostgreSQL the servers share one database: only NewsletterIT's own server, with
            // its GreenMail, sends letters (it turns this back on)
            options.add("-Drelais.newsletter.sending=false");
            // the search benchmark's bulk load (off by default), tested by SearchIT
            options.add("-Drelais.bench.bulk-load=true");
            options.addAll(databaseOptions(dataDir));
            System.setProperty("relais.test.cmdOptions", String.join(" ", options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<String> databaseOptions(Path dataDir) throws IOException {
        if (!"postgresql".equals(System.getProperty("relais.test.database"))) {
            return List.of();
        }
        String url = System.getenv("RELAIS_TEST_PG_URL");
        String user = System.getenv().getOrDefault("RELAIS_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("RELAIS_TEST_PG_PASSWORD", "postgres");
        if (url == null) {
            postgres =
                    EmbeddedPostgres.builder()
                            .setDataDirectory(dataDir.resolve("pg"))
                            .setCleanDataDirectory(true)
                            .start();
            createDatabase(postgres);
            url = postgres.getJdbcUrl("postgres", "relais");
            user = "postgres";
            password = "postgres";
        }
        return List.of(
                "-Drelais.db.class=org.postgresql.ds.PGSimpleDataSource",
                "-Drelais.db.url=" + url,
                "-Drelais.db.user=" + user,
                "-Drelais.db.password=" + password);
    }

    private static void createDatabase(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE relais");
            statement.execute("ALTER USER postgres PASSWORD 'postgres'");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL de test indisponible", e);
        }
    }
}
