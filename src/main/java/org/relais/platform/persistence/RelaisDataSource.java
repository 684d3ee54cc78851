package org.relais.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data source, read from MicroProfile Config at deployment: the embedded H2 file
 * database by default, PostgreSQL when {@code RELAIS_DB_CLASS}, {@code RELAIS_DB_URL}, {@code
 * RELAIS_DB_USER} and {@code RELAIS_DB_PASSWORD} say so. No rebuild is needed to switch.
 */
@DataSourceDefinition(
        name = RelaisDataSource.JNDI_NAME,
        className = "${MPCONFIG=relais.db.class}",
        url = "${MPCONFIG=relais.db.url}",
        user = "${MPCONFIG=relais.db.user}",
        password = "${MPCONFIG=relais.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class RelaisDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/relais";
}
