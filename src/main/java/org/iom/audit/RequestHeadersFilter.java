package org.iom.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.regex.Pattern;
import org.iom.common.Ids;
import org.iom.common.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Request headers the access log records. {@code X-Request-Id}: taken when it is 1 to 100 characters of letters,
 * digits and {@code . _ : / + = -}, otherwise a new id is generated; echoed on every response so a caller can quote
 * it. {@code X-Access-Reason}: optional, at most {@value #MAX_REASON} characters without control characters, else 400.
 */
public class RequestHeadersFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String ACCESS_REASON = "X-Access-Reason";
    public static final int MAX_REASON = 500;
    private static final Pattern SANE_ID = Pattern.compile("^[A-Za-z0-9._:/+=-]{1,100}$");
    private static final String PROPERTY = RequestHeadersFilter.class.getName() + ".requestId";

    @Inject AccessContext context;

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        String given = request.getHeaderString(REQUEST_ID);
        String requestId = given != null && SANE_ID.matcher(given).matches() ? given : Ids.newId().toString();
        request.setProperty(PROPERTY, requestId);
        String reason = request.getHeaderString(ACCESS_REASON);
        if (reason != null) {
            reason = reason.strip();
        }
        context.set(requestId, reason == null || reason.isEmpty() ? null : reason);
        if (reason != null && reason.length() > MAX_REASON) {
            throw ProblemException.invalid(ACCESS_REASON, "must be at most " + MAX_REASON + " characters");
        }
        if (reason != null && reason.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid(ACCESS_REASON, "must not contain control characters");
        }
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(REQUEST_ID, id);
        }
    }
}
