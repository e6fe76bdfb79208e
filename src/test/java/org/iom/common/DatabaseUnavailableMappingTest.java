package org.iom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.iom.support.LogCapture;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * The failures seen when the database is down, restarting or hung (scripts/reliability/outage and hang) are answered
 * 503 with Retry-After, never 500. The exception chains are the ones the service logged in those tests.
 */
class DatabaseUnavailableMappingTest {

    private final ProblemMapper mapper = new ProblemMapper();
    private final UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, args) -> "getPath".equals(method.getName()) ? "/v1/cases" : null);

    @Test
    void connectAttemptInterruptedWhileTheDatabaseHangsIs503() {
        // Logged by the hang test before this mapping existed: HTTP 500 "Unhandled error".
        Exception e = new GenericJDBCException("Unable to acquire JDBC Connection [Something unusual has occurred to "
                + "cause the driver to fail. Please report this exception.] [n/a]",
                new PSQLException("Something unusual has occurred to cause the driver to fail. Please report this "
                        + "exception.", PSQLState.UNEXPECTED_ERROR,
                        new RuntimeException("Interrupted while attempting to connect.")));
        assertUnavailable(e);
    }

    @Test
    void connectAttemptInterruptedUnderJdbiIs503() {
        // Logged by scripts/reliability/failover --lost-node before this mapping existed: HTTP 500 "Unhandled error" on
        // POST .../updates and GET /v1/cases/{id} (the Jdbi read/write layer) while the primary's machine was silent.
        Exception e = new ConnectionException(new PSQLException("Something unusual has occurred to cause the driver "
                + "to fail. Please report this exception.", PSQLState.UNEXPECTED_ERROR,
                new RuntimeException("Interrupted while attempting to connect.")));
        assertUnavailable(new RuntimeException("Error invoking subclass method", e));
    }

    @Test
    void commitLostWithTheConnectionIs503() {
        // Logged by the crash test before this mapping existed: HTTP 500 for a commit cut by a PostgreSQL crash.
        // Narayana reports the database error only as a suppressed exception of the RollbackException.
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit local transaction: FATAL: terminating "
                + "connection due to unexpected postmaster exit");
        xa.initCause(new PSQLException("FATAL: terminating connection due to unexpected postmaster exit",
                PSQLState.CONNECTION_FAILURE));
        rollback.addSuppressed(xa);
        assertUnavailable(new RuntimeException("Error invoking subclass method", rollback));
        // A rollback for any other reason is still an error of ours (logged with its trace: held back here).
        try (LogCapture log = LogCapture.of(ProblemMapper.class)) {
            assertEquals(500, mapper.any(new RuntimeException("Error invoking subclass method",
                    new RollbackException("ARJUNA016053: Could not commit transaction.")), uri).getStatus());
            assertTrue(log.has("Unhandled error"));
        }
    }

    @Test
    void poolAcquisitionTimeoutIs503() {
        assertUnavailable(new GenericJDBCException("Unable to acquire JDBC Connection [Acquisition timeout while "
                + "waiting for new connection] [n/a]", new SQLException("Acquisition timeout while waiting for new connection")));
        assertUnavailable(new SQLException("Interrupted while acquiring"));
        assertUnavailable(new SQLException("Can't create new connection as the pool is shutting down"));
    }

    @Test
    void refusedStartingAndBrokenConnectionsAre503() {
        assertUnavailable(new PSQLException("Connection to 127.0.0.1:5 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
        assertUnavailable(new SQLException("FATAL: the database system is starting up", "57P03"));
        assertUnavailable(new JDBCConnectionException("An I/O error occurred while sending to the backend.",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE,
                        new SocketTimeoutException("Read timed out"))));
    }

    @Test
    void unreadableJsonWrappedByTheFrameworkIsBadInput() {
        // Found by the fuzz test: PUT /v1/cases/{id}/needs with '{"a":1,}' was a 500.
        Response r = new WebProblemMapper().webApplication(new WebApplicationException(
                new JsonParseException(null, "Unexpected character ('}' (code 125))")), uri);
        assertEquals(400, r.getStatus());
    }

    @Test
    void aNulCharacterIsBadInputNotAnError() {
        // Found by the fuzz test: GET /v1/police-forces/%00 was a 500.
        Exception e = new GenericJDBCException("JDBC exception executing SQL [ERROR: invalid byte sequence for "
                + "encoding \"UTF8\": 0x00]", new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00",
                "22021"));
        Response r = mapper.any(e, uri);
        assertEquals(400, r.getStatus());
        assertFalse(((Problem) r.getEntity()).detail().contains("SQL"));
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForAnOutage() {
        assertFalse(DatabaseUnavailable.is(new PSQLException("ERROR: division by zero",
                PSQLState.DIVISION_BY_ZERO)));
        assertFalse(DatabaseUnavailable.is(new GenericJDBCException("could not execute statement",
                new SQLException("boom", "XX000"))));
        try (LogCapture log = LogCapture.of(ProblemMapper.class)) {
            Response r = mapper.any(new IllegalStateException("bug"), uri);
            assertEquals(500, r.getStatus());
            assertTrue(log.has("Unhandled error"), "an unexpected error is logged, with the reference it quotes");
        }
    }

    private void assertUnavailable(Exception e) {
        Response r = mapper.any(e, uri);
        assertEquals(503, r.getStatus(), "status for " + e);
        assertEquals(DatabaseUnavailable.RETRY_AFTER_SECONDS, r.getHeaderString("Retry-After"));
        Problem p = (Problem) r.getEntity();
        assertTrue(p.detail().startsWith("The database is unavailable"), p.detail());
    }
}
