package org.iom.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The start-up check of ADR 0031 finds nothing wrong with the runtime role and names what the owner could do. */
@QuarkusTest
class RuntimeRoleCheckTest {

    @Inject RuntimeRoleCheck check;
    @Inject RuntimeRoleQuery query;

    @Test
    void theRuntimeRolePasses() {
        assertNull(check.problem());
    }

    @Test
    void theOwnersRoleIsRefusedWithEveryProblemNamed() throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("quarkus.flyway.jdbc-url", String.class)
                .orElse(config.getValue("quarkus.datasource.jdbc.url", String.class));
        try (Connection c = DriverManager.getConnection(url, config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class)); Handle h = Jdbi.open(c)) {
            List<String> problems = query.problems(h);
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("owns ") && p.contains("audit_event")), problems.toString());
            for (String expected : List.of("may UPDATE audit_event", "may DELETE audit_event", "may TRUNCATE audit_event",
                    "may TRIGGER audit_event", "may UPDATE audit_checkpoint", "may create objects in the schema public")) {
                assertTrue(problems.contains(expected), expected + " in " + problems);
            }
            h.begin();
            h.execute("alter table audit_event disable trigger audit_event_no_update");
            assertTrue(query.problems(h).contains(
                    "finds the append-only trigger audit_event_no_update of audit_event switched off"), query.problems(h).toString());
            h.rollback();
            assertEquals(config.getValue("quarkus.flyway.username", String.class), query.role(h));
        }
    }
}
