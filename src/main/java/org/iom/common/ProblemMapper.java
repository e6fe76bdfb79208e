package org.iom.common;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Where exceptions become HTTP answers: always RFC 9457 {@code application/problem+json} built by
 * {@link ProblemResponses}, never a stack trace, class name or SQL. Bad input is 4xx; an unreachable database is 503
 * with {@code Retry-After}. This class answers {@link ProblemException} and, last, anything else, by the known cause
 * buried in it; the other kinds have their mappers: {@link AuthProblemMapper}, {@link ValidationProblemMapper},
 * {@link JsonProblemMapper}, {@link PersistenceProblemMapper}, {@link WebProblemMapper}.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final JsonProblemMapper json = new JsonProblemMapper();
    private final PersistenceProblemMapper persistence = new PersistenceProblemMapper();
    private final ValidationProblemMapper validation = new ValidationProblemMapper();

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response any(Throwable e, UriInfo uri) {
        if (RequestDeadline.isLateAnswer(e)) {
            // The request was already answered 503 at its deadline (RequestDeadline); this answer has nowhere to go.
            LOG.infof("Late answer on %s dropped: the request had already been answered 503 at its deadline",
                    uri.getPath());
            return ProblemResponses.of(ProblemType.UNAVAILABLE, "The request deadline passed.", uri);
        }
        // Known causes buried in wrappers (transactions, Hibernate, JDBC) are reported by what they are.
        for (Throwable t = e; t != null; t = t.getCause()) {
            Optional<Response> known = known(t, t == e, uri);
            if (known.isPresent()) {
                return known.get();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        // A commit that failed because the connection died: its outcome is unknown to us, so 503, and the client's
        // retry with the same Idempotency-Key settles it.
        Throwable buried = DatabaseUnavailable.findIn(e);
        if (buried != null) {
            return DatabaseUnavailable.answer(buried, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error %s on %s", errorId, uri.getPath());
        return ProblemResponses.of(ProblemType.INTERNAL, "An unexpected error occurred. Quote reference " + errorId + ".",
                uri);
    }

    /** The answer to {@code t} itself when it is a failure of a known kind ({@code outermost}: not a cause). */
    private Optional<Response> known(Throwable t, boolean outermost, UriInfo uri) {
        if (t instanceof ProblemException p) {
            return Optional.of(problem(p, uri));
        }
        return json.answer(t, uri)
                .or(() -> persistence.answer(t, uri))
                .or(() -> validation.answer(t, uri))
                .or(() -> requestNotRead(t, outermost, uri));
    }

    /** The client's request could not be read: malformed, not a server error. */
    private static Optional<Response> requestNotRead(Throwable t, boolean outermost, UriInfo uri) {
        if (outermost && t instanceof IOException) {
            // Broken chunked encoding, a connection cut mid-body. (Database I/O reaches us wrapped in SQLExceptions.)
            LOG.debugf("Unreadable request on %s: %s", uri.getPath(), t);
            return Optional.of(ProblemResponses.of(ProblemType.MALFORMED, "The request body could not be read.", uri));
        }
        if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
            // The client hung up while sending its body: nobody is left to read an answer; not a server error.
            LOG.debugf("Client closed the connection during %s", uri.getPath());
            return Optional.of(ProblemResponses.of(ProblemType.MALFORMED, "The request body was cut off.", uri));
        }
        return Optional.empty();
    }
}
