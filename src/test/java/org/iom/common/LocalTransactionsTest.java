package org.iom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Local JDBC transactions (ADR 0024): commit on return, roll back on a throw, refused inside JTA. */
@QuarkusTest
class LocalTransactionsTest {

    @Inject
    LocalTransactions tx;

    int entriesWithRequestId(String requestId) {
        return tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from audit_event where request_id = ?")) {
                ps.setString(1, requestId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    void insertEntry(java.sql.Connection c, String requestId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into audit_event (id, occurred_at, actor, roles, action, request_id)
                values (nextval('audit_event_seq'), now(), 'local-tx-test', 'iom-admin', 'CONSULTATION', ?)""")) {
            ps.setString(1, requestId);
            ps.executeUpdate();
        }
    }

    @Test
    void commitsWhenTheWorkReturnsAndRollsBackWhenItThrows() {
        String committed = "ltx-" + UUID.randomUUID();
        String rolledBack = "ltx-" + UUID.randomUUID();

        tx.run(c -> {
            insertEntry(c, committed);
            return null;
        });
        ProblemException thrown = assertThrows(ProblemException.class, () -> tx.run(c -> {
            insertEntry(c, rolledBack);
            throw ProblemException.notFound("Thing", "no-such-thing");
        }));

        assertEquals(404, thrown.type.status);
        assertEquals(1, entriesWithRequestId(committed));
        assertEquals(0, entriesWithRequestId(rolledBack));
    }

    @Test
    void anSqlFailureSurfacesAsAPersistenceExceptionWithTheSqlState() {
        PersistenceException e = assertThrows(PersistenceException.class,
                () -> tx.run(c -> c.prepareStatement("select * from no_such_table").executeQuery()));
        SQLException cause = assertInstanceOf(SQLException.class, e.getCause());
        assertEquals("42P01", cause.getSQLState());
    }

    @Test
    void isRefusedInsideAJtaTransaction() {
        QuarkusTransaction.requiringNew().run(() ->
                assertThrows(IllegalStateException.class, () -> tx.run(c -> null)));
    }
}
