package org.iom.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A request line or headers over the service's limits ({@link HttpLimitsConfig}) are answered 414 and 431
 * problem+json, with the security headers, before anything else reads the request (ADR 0034). The HTTP server's own
 * limits are set far above these, because its refusals cannot be hooked: a bare HTTP/1.0 answer with no body and
 * none of the headers.
 */
@ApplicationScoped
public class RequestLimits {

    @Inject HttpLimitsConfig limits;
    @Inject RouteFailureHandler problems;

    /** The check of the edge route ({@link HttpEdge}): true when it answered the request (414 or 431). */
    Predicate<RoutingContext> refusing() {
        int maxLine = limits.maxRequestLineLength();
        int maxHeaders = limits.maxHeaderSize();
        return ctx -> refused(ctx, maxLine, maxHeaders);
    }

    private boolean refused(RoutingContext ctx, int maxLine, int maxHeaders) {
        HttpServerRequest request = ctx.request();
        int line = request.method().name().length() + request.uri().length() + " HTTP/1.1".length() + 1;
        if (line > maxLine) {
            problems.writeProblem(ctx, ProblemType.URI_TOO_LONG, "The request line is " + line
                    + " characters long; the service accepts at most " + maxLine + ".", true);
            return true;
        }
        int headers = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headers += h.getKey().length() + h.getValue().length() + 4; // "name: value\r\n"
        }
        if (headers > maxHeaders) {
            problems.writeProblem(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers are " + headers
                    + " characters long; the service accepts at most " + maxHeaders + ".", true);
            return true;
        }
        return false;
    }
}
