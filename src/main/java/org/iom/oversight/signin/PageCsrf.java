package org.iom.oversight.signin;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token for the pages' forms ({@code {inject:pageCsrf.token}}). quarkus-rest-csrf hands its token to a
 * template only at the paths where it makes one ({@code create-token-path}: the pages' entry points); elsewhere the
 * token is the one its cookie carries, which is what the filter compares a form's token with (the double-submit
 * cookie; no {@code token-signature-key} is set, so the cookie holds the token itself). A page is reached only with
 * that cookie ({@link CsrfCookieGuard}).
 */
@RequestScoped
@Named("pageCsrf")
public class PageCsrf {

    @Inject RoutingContext routing;
    @Inject CsrfTokenParameterProvider csrf;

    public String parameterName() {
        return csrf.getParameterName();
    }

    /** The cookie's token; at an entry point before the browser has the cookie, the one the filter just made. */
    public String token() {
        Cookie cookie = routing.request().getCookie(csrf.getCookieName());
        return cookie != null ? cookie.getValue() : csrf.getToken();
    }
}
