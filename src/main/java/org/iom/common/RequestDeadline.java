package org.iom.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * A hung database cannot hang a request: every {@code /v1} request that has not started its answer by its deadline is
 * answered {@code 503} problem+json with {@code Retry-After} at the deadline, whatever it is waiting for (a pooled
 * connection, a connection being opened, a statement on a silent socket, a commit).
 *
 * <p>The deadline is the database socket timeout ({@code iom.db.socket-timeout-seconds}) plus
 * {@code iom.request-deadline.margin} (0 ms shipped; at most 900 ms), so no request waits longer than the socket timeout plus one second
 * (docs/reliability.md). It is measured from the moment the request's headers arrive, on the event loop, so neither a
 * blocked worker thread nor Agroal's single housekeeping thread can delay it.
 *
 * <p>The worker thread that was still waiting is not stopped: when the database answers it finishes (and may commit)
 * and its late answer is dropped. That is the same as an answer lost on the network, which the service already
 * promises is safe: a write answered 503 may or may not have happened, and a retry with the same
 * {@code Idempotency-Key} settles it with exactly one record (the key is stored in the write's own transaction; a retry
 * that arrives while the first attempt is still open waits for it on the key's row and then replays it).
 */
@ApplicationScoped
public class RequestDeadline {

    private static final Logger LOG = Logger.getLogger(RequestDeadline.class);

    /** Requests under this path get a deadline; health, metrics and the contract ({@code /q/...}) do not. */
    static final String GUARDED_PREFIX = "/v1/";

    /**
     * A bulk import ({@code POST /v1/case-imports}) streams a file of up to a million rows in one transaction for
     * minutes by design: it has its own bound ({@code iom.import.timeout}, with the connection's socket timeout raised
     * to match while it runs; ADR 0021) and shows its progress on {@code GET /v1/case-imports/{id}}, which is guarded.
     */
    static final String LONG_RUNNING_POST = "/v1/case-imports";

    /** Whether a request gets the deadline. */
    static boolean guarded(String method, String path) {
        if (path == null || !path.startsWith(GUARDED_PREFIX)) {
            return false;
        }
        return !("POST".equals(method) && (path.equals(LONG_RUNNING_POST) || path.equals(LONG_RUNNING_POST + "/")));
    }

    /**
     * A long poll of the change feed ({@code GET /v1/changes?wait=S}, ADR 0038) waits up to S seconds (at most
     * {@value #LONG_POLL_MAX_SECONDS}) for a change by design, holding no connection meanwhile: its deadline starts
     * after that wait.
     */
    static final String LONG_POLL = "/v1/changes";
    static final int LONG_POLL_MAX_SECONDS = 30;

    /** How much longer than the deadline a request may take: the wait of a change-feed long poll, else 0. */
    static long longPollMillis(String method, String path, String wait) {
        if (!"GET".equals(method) || !LONG_POLL.equals(path) || wait == null) {
            return 0;
        }
        try {
            return Math.max(0, Math.min(LONG_POLL_MAX_SECONDS, Integer.parseInt(wait))) * 1000L;
        } catch (NumberFormatException e) {
            return 0; // answered 400 at once
        }
    }

    @Inject DatabaseConfig.Connections connections;
    @Inject DatabaseConfig.Deadline deadlineConfig;
    @Inject ObjectMapper json;
    @Inject Vertx vertx;

    /** The deadline for {@code /v1} requests: the socket timeout plus the margin. */
    public static long deadlineMillis(int socketTimeoutSeconds, Duration margin) {
        if (socketTimeoutSeconds <= 0) {
            throw new IllegalArgumentException("iom.db.socket-timeout-seconds must be positive (a hung database would"
                    + " otherwise hang requests for ever), not " + socketTimeoutSeconds);
        }
        if (margin.isNegative() || margin.compareTo(Duration.ofMillis(900)) > 0) {
            throw new IllegalArgumentException("iom.request-deadline.margin must be between 0 and 900 ms (the promise"
                    + " is the socket timeout plus one second), not " + margin.toMillis() + " ms");
        }
        return socketTimeoutSeconds * 1000L + margin.toMillis();
    }

    /** What the edge route ({@link HttpEdge}) does to every request: arm its deadline when it is guarded. */
    Consumer<RoutingContext> armer() {
        int socketTimeoutSeconds = connections.socketTimeoutSeconds();
        Duration margin = deadlineConfig.margin();
        long deadline = deadlineMillis(socketTimeoutSeconds, margin);
        LOG.infof("Request deadline for %s*: %d ms (database socket timeout %d s + %d ms)", GUARDED_PREFIX, deadline,
                socketTimeoutSeconds, margin.toMillis());
        return arming(vertx, deadline, body(json, deadline));
    }

    static byte[] body(ObjectMapper json, long deadlineMillis) {
        ProblemType type = ProblemType.UNAVAILABLE;
        try {
            return json.writeValueAsBytes(new Problem(type.uri, type.title, type.status,
                    "The database did not answer within " + deadlineMillis + " ms. Retry after "
                            + DatabaseUnavailable.RETRY_AFTER_SECONDS + " seconds with the same Idempotency-Key.",
                    null, null, null, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A route handler that arms the deadline ({@link #arming}) and passes the request on. */
    static Handler<RoutingContext> handler(Vertx vertx, long deadlineMillis, byte[] body) {
        Consumer<RoutingContext> arm = arming(vertx, deadlineMillis, body);
        return ctx -> {
            arm.accept(ctx);
            ctx.next();
        };
    }

    /** Arms a timer per guarded request that answers 503 if it fires before the answer started. */
    static Consumer<RoutingContext> arming(Vertx vertx, long deadlineMillis, byte[] body) {
        Buffer problem = Buffer.buffer(body);
        return ctx -> {
            if (guarded(ctx.request().method().name(), ctx.request().path())) {
                long timer = vertx.setTimer(deadlineMillis + longPollMillis(ctx.request().method().name(),
                        ctx.request().path(), ctx.request().getParam("wait")), id -> expire(ctx, deadlineMillis, problem));
                ctx.addEndHandler(done -> vertx.cancelTimer(timer));
            }
        };
    }

    /**
     * Whether {@code t} is Vert.x refusing a second answer ("Response has already been written"): the worker's late
     * answer to a request that was answered at its deadline. It is dropped quietly (logged at INFO by ProblemMapper),
     * not reported as a server error.
     */
    public static boolean isLateAnswer(Throwable t) {
        for (int depth = 0; t != null && depth < 8; t = t.getCause(), depth++) {
            if (t instanceof IllegalStateException && "Response has already been written".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static void expire(RoutingContext ctx, long deadlineMillis, Buffer problem) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return; // the answer has started (or the client left): let it finish
        }
        LOG.warnf("Request deadline of %d ms passed on %s %s: answered 503 (the database is not answering)",
                deadlineMillis, ctx.request().method(), ctx.request().path());
        response.setStatusCode(503)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                // The late answer of the still-running worker must never reach the next request on this connection.
                .putHeader("Connection", "close")
                .end(problem.copy());
    }
}
