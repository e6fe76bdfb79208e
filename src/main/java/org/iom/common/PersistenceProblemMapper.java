package org.iom.common;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What the database refused: a lost update is 412, a duplicate 409, a value it cannot store 400, and an unreachable
 * database 503 ({@link DatabaseUnavailable}). Never the SQL or the driver's message.
 */
public class PersistenceProblemMapper {

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by someone else; fetch it again and retry with its current ETag.", uri);
    }

    /** The answer to {@code t} when it is one of these failures (not looking at its causes). */
    Optional<Response> answer(Throwable t, UriInfo uri) {
        if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
            return Optional.of(staleVersion((RuntimeException) t, uri));
        }
        if (DatabaseUnavailable.is(t)) {
            return Optional.of(DatabaseUnavailable.answer(t, uri));
        }
        return t instanceof SQLException sql ? refused(sql.getSQLState(), uri) : Optional.empty();
    }

    private static Optional<Response> refused(String state, UriInfo uri) {
        if ("23505".equals(state)) {
            return Optional.of(ProblemResponses.of(ProblemType.CONFLICT,
                    "The request conflicts with an existing record.", uri));
        }
        if ("22001".equals(state)) {
            return Optional.of(ProblemResponses.of(ProblemType.VALIDATION, "A value is longer than allowed.", uri));
        }
        // PostgreSQL text cannot hold NUL (U+0000) or characters outside its encoding (fuzz: GET .../%00).
        if ("22021".equals(state) || "22P05".equals(state)) {
            return Optional.of(ProblemResponses.of(ProblemType.VALIDATION,
                    "A value contains a character that is not allowed (such as NUL).", uri));
        }
        return Optional.empty();
    }
}
