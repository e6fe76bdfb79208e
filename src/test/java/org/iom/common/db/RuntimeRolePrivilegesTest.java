package org.iom.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 27 acceptance: the service's own connections (the runtime role, ADR 0031) cannot change the access log, switch
 * its triggers off, drop any table or create one. PostgreSQL itself refuses each (SQLState 42501,
 * insufficient_privilege), whatever the application does.
 */
@QuarkusTest
class RuntimeRolePrivilegesTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject AgroalDataSource db;

    @ConfigProperty(name = "quarkus.datasource.username")
    String runtimeRole;

    @Test
    void theServiceConnectsAsTheRuntimeRoleThatOwnsNothing() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertEquals(runtimeRole, single(s, "select current_user"));
            assertEquals("false", single(s, "select rolsuper::text from pg_roles where rolname = current_user"));
            assertEquals("0", single(s, "select count(*) from pg_class where relowner = "
                    + "(select oid from pg_roles where rolname = current_user)"));
            assertEquals("true", single(s, "select (has_table_privilege('audit_event', 'INSERT')"
                    + " and has_table_privilege('audit_event', 'SELECT'))::text"));
        }
    }

    @Test
    void theAccessLogCannotBeChangedSwitchedOffOrEmptied() {
        for (String sql : List.of(
                "update audit_event set actor = 'someone-else'",
                "delete from audit_event",
                "truncate audit_event",
                "alter table audit_event disable trigger user",
                "alter table audit_event disable trigger audit_event_no_update",
                "update audit_checkpoint set mac = 'forged'",
                "delete from audit_checkpoint",
                "truncate audit_checkpoint",
                "alter table audit_checkpoint disable trigger user")) {
            assertRefused(sql);
        }
    }

    @Test
    void noTableCanBeDroppedOrAltered() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertTrue(tables.containsAll(List.of("audit_event", "audit_checkpoint", "iom_case", "flyway_schema_history")),
                tables.toString());
        for (String table : tables) {
            assertRefused("drop table " + table + " cascade");
            assertRefused("alter table " + table + " add column sneaky text");
        }
    }

    @Test
    void noObjectCanBeCreated() throws SQLException {
        assertRefused("create table sneaky (id int)");
        assertRefused("create table public.sneaky (id int)");
        assertRefused("create function sneaky() returns int language sql as 'select 1'");
        assertRefused("create schema sneaky");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertEquals("0", single(s, "select count(*) from pg_tables where tablename = 'sneaky'"));
        }
    }

    @Test
    void theMigrationHistoryIsReadOnly() {
        assertRefused("delete from flyway_schema_history");
        assertRefused("update flyway_schema_history set checksum = 0");
    }

    private void assertRefused(String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                try {
                    s.execute(sql);
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        }, sql);
        assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), sql + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("append-only"), sql + " reached the trigger: " + e.getMessage());
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
