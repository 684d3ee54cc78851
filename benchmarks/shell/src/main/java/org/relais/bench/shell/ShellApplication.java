package org.relais.bench.shell;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS at the root, and a JTA data source on the H2 database that Payara Micro ships. */
@ApplicationPath("/")
@DataSourceDefinition(
        name = "java:app/jdbc/shell",
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:mem:shell;DB_CLOSE_DELAY=-1")
public class ShellApplication extends Application {}
