package org.iom.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the problem+json answers of the exception mappers (RFC 9457): the one shape of every error the API gives,
 * with the request path as {@code instance}.
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    /** A problem of {@code type} saying {@code detail}. */
    public static Response of(ProblemType type, String detail, UriInfo uri) {
        return builder(type, detail, null, null, null, uri).build();
    }

    /** The answer a {@link ProblemException} asks for: its fields, extension members and headers. */
    public static Response of(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder b = e.extensions.isEmpty()
                ? builder(e.type, e.getMessage(), e.errors, e.conflictingId, e.allowed, uri)
                : Response.status(e.type.status).type(Problem.MEDIA_TYPE).entity(withExtensions(e, uri));
        if (e.headers != null) {
            e.headers.forEach(b::header);
        }
        return b.build();
    }

    /** A problem's answer, still open for headers. */
    public static Response.ResponseBuilder builder(ProblemType type, String detail, List<Problem.FieldError> errors,
            String conflictingId, List<String> allowed, UriInfo uri) {
        return Response.status(type.status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri, type.title, type.status, detail, instance(uri),
                        errors == null || errors.isEmpty() ? null : errors, conflictingId, allowed));
    }

    /** Standard members first, then the extension members (RFC 9457 section 3.2). */
    private static Map<String, Object> withExtensions(ProblemException e, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", e.type.uri);
        body.put("title", e.type.title);
        body.put("status", e.type.status);
        body.put("detail", e.getMessage());
        body.put("instance", instance(uri));
        e.extensions.forEach(body::putIfAbsent);
        return body;
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
