package org.iom.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.jboss.logging.Logger;

/**
 * What an unreachable, restarting or hung database looks like from here (the failures scripts/reliability/outage and
 * hang logged), and the answer to it: 503 with {@code Retry-After}, never 500.
 */
public final class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);

    /** How long a client is asked to wait before retrying when the database is unavailable. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** PostgreSQL states of a server that is shutting down, starting up or out of connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {}

    /** 503 problem+json with Retry-After, logged as a warning. */
    static Response answer(Throwable cause, UriInfo uri) {
        LOG.warnf("Database unavailable for %s: %s", uri.getPath(), cause.toString());
        return ProblemResponses.builder(ProblemType.UNAVAILABLE,
                "The database is unavailable. Retry after " + RETRY_AFTER_SECONDS + " seconds.", null, null, null, uri)
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** Whether {@code t} itself says the database cannot be reached (not its causes). */
    static boolean is(Throwable t) {
        if (t instanceof SocketTimeoutException || t instanceof ConnectException || t instanceof JDBCConnectionException) {
            return true;
        }
        // Hibernate reports any failure to get a pooled connection this way, whatever the driver said (a connection
        // attempt to a hung database can end as SQLState 99999 "Interrupted while attempting to connect").
        if (t instanceof JDBCException j && j.getMessage() != null
                && j.getMessage().startsWith("Unable to acquire JDBC Connection")) {
            return true;
        }
        // Jdbi likewise, when Jdbi.open could not get a connection (scripts/reliability/failover --lost-node: an
        // attempt to reach a silent primary interrupted by the pool, SQLState 99999).
        if (t instanceof ConnectionException) {
            return true;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        return t instanceof SQLException sql && (unavailableState(sql.getSQLState()) || poolGaveUp(sql.getMessage()));
    }

    /**
     * The first database-unavailable failure among the causes and suppressed exceptions of {@code t}, or null. A
     * commit that failed because the connection died reports the database error only as a suppressed exception of the
     * RollbackException (Narayana).
     */
    static Throwable findIn(Throwable t) {
        return find(t, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Throwable find(Throwable t, int depth, Set<Throwable> seen) {
        if (t == null || depth > 12 || !seen.add(t)) {
            return null;
        }
        if (is(t)) {
            return t;
        }
        Throwable found = find(t.getCause(), depth + 1, seen);
        for (Throwable s : t.getSuppressed()) {
            if (found == null) {
                found = find(s, depth + 1, seen);
            }
        }
        return found;
    }

    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }

    /** Agroal's words for a pool that could not hand out a connection in time. */
    private static boolean poolGaveUp(String msg) {
        return msg != null && (msg.contains("acquisition timeout") || msg.contains("Acquisition timeout")
                || msg.startsWith("Interrupted while acquiring") || msg.startsWith("Can't create new connection"));
    }
}
