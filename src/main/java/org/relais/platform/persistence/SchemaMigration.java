package org.relais.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Applies the Flyway migrations of {@code migrations/} at start-up, before anything uses JPA. If
 * the database cannot be reached, start-up stops with one line that names the URL and the cause,
 * instead of a wall of stack traces.
 */
@ApplicationScoped
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = RelaisDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "relais.db.url")
    String databaseUrl;

    /** Migrates the schema; called by {@link ApplicationStartup} before any other start-up task. */
    public void migrate() {
        checkReachable();
        var result =
                Flyway.configure(getClass().getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
        LOG.info(
                () ->
                        "Schéma de la base à jour (version "
                                + result.targetSchemaVersion
                                + ", "
                                + result.migrationsExecuted
                                + " migration(s) appliquée(s))");
    }

    private void checkReachable() {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            String line =
                    "Relais ne peut pas démarrer : base de données injoignable ("
                            + databaseUrl
                            + ") : "
                            + rootMessage(e);
            LOG.log(Level.SEVERE, line);
            throw new IllegalStateException(line);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
