package org.iom.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Failures that happen before a request reaches the JAX-RS exception mappers (e.g. while the path is being decoded
 * and matched) still answer with a problem+json body: a malformed path is a 400, anything else a 500 with a
 * reference, never the framework's default error page.
 */
@ApplicationScoped
public class RouteFailureHandler {

    private static final Logger LOG = Logger.getLogger(RouteFailureHandler.class);

    @Inject ObjectMapper json;
    @Inject VertxHttpConfig http;

    /** The one route with its own, larger limit: bulk imports stream their body (enforced while reading it too). */
    @Inject ImportConfig importConfig;

    static final String IMPORT_PATH = "/v1/case-imports";
    private static final String IMPORT_LENGTH = "iom.import-content-length";
    /** The routing-context key under which Quarkus passes quarkus.http.limits.max-body-size to the REST layer. */
    private static final String MAX_REQUEST_SIZE = "io.quarkus.max-request-size";

    void install(@Observes Router router) {
        long importLimit = importConfig.maxBodySize().asLongValue();
        // A path route: only import requests reach the handler (the router matches the path for the others).
        router.route(IMPORT_PATH).order(-1).handler(ctx -> {
            if (IMPORT_PATH.equals(ctx.request().path())) {
                String length = ctx.get(IMPORT_LENGTH);
                if (length != null) {
                    ctx.request().headers().set("Content-Length", length);
                }
                // The limit the REST layer enforces while the body is read (the import also counts what it reads).
                ctx.put(MAX_REQUEST_SIZE, importLimit);
            }
            ctx.next();
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answerFailure);
    }

    /**
     * The 413 check of the edge route ({@link HttpEdge}, after the security headers, so that the 413 carries them
     * too): true when it answered the request.
     */
    Predicate<RoutingContext> refusingDeclaredTooLarge() {
        long defaultLimit = http.limits().maxBodySize().map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        long importLimit = importConfig.maxBodySize().asLongValue();
        return ctx -> refusedDeclaredTooLarge(ctx, defaultLimit, importLimit);
    }

    /**
     * A declared Content-Length over the limit: answer 413 problem+json at once, without reading the body (the HTTP
     * layer would otherwise answer an empty 413). Chunked bodies that grow over the limit fail in the body handler with
     * 413 and are answered by {@link #answerFailure}.
     */
    private boolean refusedDeclaredTooLarge(RoutingContext ctx, long defaultLimit, long importLimit) {
        String length = ctx.request().getHeader("Content-Length");
        boolean isImport = IMPORT_PATH.equals(ctx.request().path());
        long limit = isImport ? importLimit : defaultLimit;
        if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > limit) {
            writeProblem(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the service accepts ("
                    + limit + " bytes).", true);
            return true;
        }
        if (isImport && length != null) {
            // Hide the length from the HTTP layer's own check of quarkus.http.limits.max-body-size (order -2), which
            // would refuse an import over the general limit; it is put back right after that check (order -1).
            ctx.put(IMPORT_LENGTH, length);
            ctx.request().headers().remove("Content-Length");
        }
        return false;
    }

    private void answerFailure(RoutingContext ctx) {
        if (ctx.response().ended() && RequestDeadline.isLateAnswer(ctx.failure())) {
            // The worker's late answer to a request answered 503 at its deadline (RequestDeadline): dropped.
            LOG.debugf("Late answer on %s dropped", ctx.normalizedPath());
            return;
        }
        if (ctx.response().headWritten() || ctx.response().closed()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationException && ctx.normalizedPath().startsWith("/oversight")) {
            // The pages' sign-in (quarkus-oidc's code flow): its redirects and refusals are Quarkus's to answer.
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        ProblemType type;
        String detail;
        if (failure instanceof IllegalArgumentException || failure instanceof URISyntaxException) {
            type = ProblemType.MALFORMED;
            detail = "The request path or query could not be decoded.";
        } else if (failure == null && status == 413) {
            // The HTTP layer refused a body over quarkus.http.limits.max-body-size before JAX-RS saw it.
            type = ProblemType.PAYLOAD_TOO_LARGE;
            detail = "The request body is larger than the service accepts.";
        } else if (failure == null && (status == 414 || status == 431)) {
            // The HTTP layer refused the request line or headers (RequestLimits answers before it, ADR 0034).
            type = ProblemType.forStatus(status);
            detail = type.title + ".";
        } else if (failure == null && status >= 400 && status < 500) {
            // Another plain client error set by the HTTP layer: keep its status.
            ctx.next();
            return;
        } else {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(failure, "Unhandled error %s on %s", errorId, ctx.normalizedPath());
            type = ProblemType.INTERNAL;
            detail = "An unexpected error occurred. Quote reference " + errorId + ".";
        }
        writeProblem(ctx, type, detail, false);
    }

    /** Answers a problem of {@code type} at the HTTP edge ({@code close}: then close the connection). */
    void writeProblem(RoutingContext ctx, ProblemType type, String detail, boolean close) {
        try {
            byte[] body = json.writeValueAsBytes(new Problem(type.uri, type.title, type.status, detail,
                    null, null, null, null));
            var response = ctx.response().setStatusCode(type.status).putHeader("Content-Type", Problem.MEDIA_TYPE);
            if (close) {
                response.putHeader("Connection", "close");
            }
            response.end(Buffer.buffer(body));
        } catch (Exception e) {
            ctx.next();
        }
    }
}
