package org.iom.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The HTTP layer's own refusals (no such path, method not allowed, unsupported media type...) as problems with the
 * same status; a 5xx, or a failure it only wraps, goes to {@link ProblemMapper#any}.
 */
public class WebProblemMapper {

    private final ProblemMapper fallback = new ProblemMapper();

    /** The methods each path takes: the REST layer's 405 carries no {@code Allow} (ADR 0034). */
    @Inject AllowedMethods allowed;

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // A parameter that failed to convert arrives as a 404 (the JAX-RS spec) wrapping our 400 problem.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException || cause instanceof ProblemException) {
                return fallback.any(cause, uri);
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return fallback.any(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder b = ProblemResponses.builder(type, detail(e, status, type, uri), null, null, null, uri);
        if (status == 405) {
            allowed.allow(uri.getPath()).ifPresent(allow -> b.header(HttpHeaders.ALLOW, allow));
        }
        if (status == 401) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return b.build();
    }

    private static String detail(WebApplicationException e, int status, ProblemType type, UriInfo uri) {
        return switch (status) {
            case 404 -> "No resource at " + uri.getPath() + ".";
            case 405 -> "This method is not allowed on " + uri.getPath() + ".";
            case 406 -> "None of the media types in Accept can be produced here.";
            case 415 -> "The Content-Type of the request is not supported here.";
            case 413 -> "The request body is too large.";
            case 401 -> AuthProblemMapper.TOKEN_REQUIRED;
            default -> safeMessage(e, type);
        };
    }

    /** JAX-RS messages for 4xx describe the request (e.g. a bad query parameter); never include causes. */
    private static String safeMessage(WebApplicationException e, ProblemType type) {
        String m = e.getMessage();
        if (m == null || m.isBlank() || m.startsWith("HTTP ") || m.contains("Exception") || m.length() > 300) {
            return type.title + ".";
        }
        return m;
    }
}
