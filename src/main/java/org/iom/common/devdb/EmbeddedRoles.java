package org.iom.common.devdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * The two database roles of ADR 0031 on an embedded PostgreSQL (dev mode and tests): the owner {@value #OWNER}, which
 * owns the database {@value #DATABASE} and runs the migrations, and the runtime role {@value #RUNTIME}, which serves
 * requests. Created once as the cluster's superuser; idempotent, so a dev cluster kept across runs is reused.
 */
public final class EmbeddedRoles {

    public static final String DATABASE = "iom";
    public static final String OWNER = "iom";
    public static final String RUNTIME = "iom_app";

    private EmbeddedRoles() {}

    /**
     * Creates the roles and the database when missing, and returns the configuration that uses them: the datasource
     * as the runtime role, Flyway as the owner.
     *
     * @param host the embedded server's address, e.g. {@code 127.0.0.1:5432}
     */
    public static Map<String, String> setUp(String host) {
        Properties superuser = new Properties();
        superuser.setProperty("user", "postgres");
        superuser.setProperty("password", "postgres");
        // The driver directly, not DriverManager: dev mode runs this in a class loader DriverManager does not search.
        try (Connection c = new org.postgresql.Driver().connect("jdbc:postgresql://" + host + "/postgres", superuser);
                Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + OWNER + "'")) {
                s.execute("create role " + OWNER + " login password '" + OWNER + "'");
            }
            if (!exists(s, "select 1 from pg_roles where rolname = '" + RUNTIME + "'")) {
                s.execute("create role " + RUNTIME + " login password '" + RUNTIME + "'");
            }
            if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                s.execute("create database " + DATABASE + " owner " + OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database roles on the embedded PostgreSQL at " + host, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + "/" + DATABASE,
                "quarkus.datasource.username", RUNTIME,
                "quarkus.datasource.password", RUNTIME,
                "quarkus.flyway.username", OWNER,
                "quarkus.flyway.password", OWNER);
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }
}
