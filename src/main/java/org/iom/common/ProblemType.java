package org.iom.common;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API reports: each has a stable type URI, a title and a status. */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED(400, "malformed-request", "Malformed request"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    GONE(410, "cursor-expired", "Cursor expired"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(414, "uri-too-long", "Request line too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused with a different request"),
    IMPORT_REJECTED(422, "import-rejected", "Import rejected"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    HEADERS_TOO_LARGE(431, "request-header-fields-too-large", "Request header fields too large"),
    INTERNAL(500, "internal", "Internal error"),
    UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    public static final String BASE = "https://iom.service.justice.gov.uk/problems/";

    public final int status;
    public final String uri;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = BASE + slug;
        this.title = title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != MALFORMED && t != IDEMPOTENCY_KEY_REUSED && t != IMPORT_REJECTED) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : (status == Status.BAD_REQUEST.getStatusCode() ? VALIDATION : CONFLICT);
    }
}
