package org.iom.common;

import java.util.List;
import java.util.Map;

/**
 * Thrown by services and resources to answer with a problem. The global mapper turns it into
 * {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    public final ProblemType type;
    public final List<Problem.FieldError> errors;
    public final String conflictingId;
    public final List<String> allowed;
    public final Map<String, String> headers;
    /** RFC 9457 extension members, written after the standard members (e.g. an import's report); never null. */
    public final Map<String, Object> extensions;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, null, null, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, String conflictingId,
            List<String> allowed, Map<String, String> headers) {
        this(type, detail, errors, conflictingId, allowed, headers, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, String conflictingId,
            List<String> allowed, Map<String, String> headers, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.conflictingId = conflictingId;
        this.allowed = allowed;
        this.headers = headers;
        this.extensions = extensions == null ? Map.of() : extensions;
    }

    /** A problem whose body carries extension members besides the standard ones (in the map's order). */
    public static ProblemException withExtensions(ProblemType type, String detail, Map<String, Object> extensions) {
        return new ProblemException(type, detail, null, null, null, Map.of(), extensions);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " not found");
    }

    /** A single invalid field: 400 naming it. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null, null, Map.of());
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, summary(errors), errors, null, null, Map.of());
    }

    /** The errors in one line for {@code detail}; past about 1,000 characters, how many more {@code errors} holds. */
    static String summary(List<Problem.FieldError> errors) {
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < errors.size(); i++) {
            String one = errors.get(i).field() + ": " + errors.get(i).message();
            if (i > 0 && detail.length() + one.length() > 1000) {
                return detail.append("; and ").append(errors.size() - i).append(" more (see errors)").toString();
            }
            detail.append(i > 0 ? "; " : "").append(one);
        }
        return errors.isEmpty() ? "invalid request" : detail.toString();
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException conflict(String detail, String conflictingId) {
        return new ProblemException(ProblemType.CONFLICT, detail, null, conflictingId, null, Map.of());
    }

    public static ProblemException illegalTransition(String detail, List<String> allowed) {
        return new ProblemException(ProblemType.CONFLICT, detail, null, null, allowed, Map.of());
    }
}
