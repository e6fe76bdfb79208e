package org.iom.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one route every request passes at the HTTP edge (ADR 0034), right after the routes that set the security headers
 * (order MIN_VALUE), before anything reads the request: the request line and headers within the service's limits
 * ({@link RequestLimits}: 414, 431), a declared body within its limit ({@link RouteFailureHandler}: 413), then the
 * request's deadline armed ({@link RequestDeadline}). One route for the three checks, not one each: every route is a
 * hop of the router for every request (issue #25).
 */
@ApplicationScoped
public class HttpEdge {

    @Inject RequestLimits limits;
    @Inject RouteFailureHandler bodies;
    @Inject RequestDeadline deadline;

    void install(@Observes Router router) {
        Predicate<RoutingContext> overLimits = limits.refusing();
        Predicate<RoutingContext> bodyTooLarge = bodies.refusingDeclaredTooLarge();
        Consumer<RoutingContext> arm = deadline.armer();
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if (overLimits.test(ctx) || bodyTooLarge.test(ctx)) {
                return;
            }
            arm.accept(ctx);
            ctx.next();
        });
    }
}
