package org.iom.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Failures that happen before a request reaches the JAX-RS exception mappers (e.g. while the path is being decoded
 * and matched) still answer with a problem+json body: a malformed path is a 400, anything else a 500 with a
 * reference, never the framework's default error page.
 */
@ApplicationScoped
public class RouteFailureHandler {

    private static final Logger LOG = Logger.getLogger(RouteFailureHandler.class);

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.response().headWritten() || ctx.response().closed()) {
                ctx.next();
                return;
            }
            Throwable failure = ctx.failure();
            int status = ctx.statusCode();
            ProblemType type;
            String detail;
            if (failure instanceof IllegalArgumentException || failure instanceof java.net.URISyntaxException) {
                type = ProblemType.MALFORMED;
                detail = "The request path or query could not be decoded.";
            } else if (failure == null && status >= 400 && status < 500) {
                // A plain client error set by the HTTP layer (e.g. 413, 414, 431): keep its status.
                ctx.next();
                return;
            } else {
                String errorId = UUID.randomUUID().toString();
                LOG.errorf(failure, "Unhandled error %s on %s", errorId, ctx.normalizedPath());
                type = ProblemType.INTERNAL;
                detail = "An unexpected error occurred. Quote reference " + errorId + ".";
            }
            try {
                byte[] body = json.writeValueAsBytes(new Problem(type.uri, type.title, type.status, detail,
                        null, null, null, null));
                ctx.response().setStatusCode(type.status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(
                        io.vertx.core.buffer.Buffer.buffer(body));
            } catch (Exception e) {
                ctx.next();
            }
        });
    }
}
