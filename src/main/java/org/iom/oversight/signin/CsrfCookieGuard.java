package org.iom.oversight.signin;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * quarkus-rest-csrf makes its token only at the pages' entry points ({@code quarkus.rest-csrf.create-token-path}: the
 * at-a-glance page and the dev sign-in; it takes exact paths), so that {@code /v1} never gets a CSRF cookie, and the
 * cookie keeps it for the other pages. A page asked for without the cookie (a bookmark opened after the identity
 * provider's sign-in, a cookie removed) is sent through {@code /oversight?next=...}, which makes it and sends the
 * browser back, instead of a page whose forms could not carry a token.
 */
public class CsrfCookieGuard {

    static final String ENTRY = "/oversight";

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ServerRequestFilter
    public Response guard(ContainerRequestContext request, RoutingContext routing) {
        String path = routing.request().path();
        if (!path.startsWith(ENTRY + "/") || !"GET".equals(request.getMethod())
                || path.equals(DevSessionMechanism.SIGN_IN) || path.equals(SignedOut.PATH) || routing.request().getCookie(cookieName) != null) {
            return null;
        }
        String query = routing.request().query();
        String back = query == null ? path : path + "?" + query;
        return Response.seeOther(URI.create(ENTRY + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)))
                .build();
    }

    /** Where {@code /oversight?next=} may send the browser back to: a page of the service's own, else nowhere. */
    public static String safeNext(String next) {
        if (next == null || next.length() > 4000 || !next.startsWith(ENTRY + "/") || next.contains("//")
                || next.contains("\\")) {
            return null;
        }
        return next;
    }
}
