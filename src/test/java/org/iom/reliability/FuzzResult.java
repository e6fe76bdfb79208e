package org.iom.reliability;

/** The answer to one fuzz request: status 0 with an error kind when there was none. */
record FuzzResult(FuzzReq req, int status, String error, String body, String contentType, long ms) {

    /** Why the answer is a failure regardless of its media type (5xx, no answer, a leaking body), or null. */
    String fault() {
        if (status >= 500) {
            return "HTTP " + status;
        } else if ("TIMEOUT".equals(error)) {
            return "no answer within 20 s";
        }
        String l = Leaks.leak(body, req.text());
        return l == null ? null : "response body contains '" + l + "'";
    }

    /** A 4xx under /v1 with a body that is not application/problem+json (raw HTTP and HEAD are exempt). */
    boolean nonProblem4xx() {
        return status >= 400 && status < 500 && req.raw() == null && req.path().startsWith("/v1")
                && body != null && !body.isBlank() && !"HEAD".equals(req.method())
                && (contentType == null || !contentType.startsWith("application/problem+json"));
    }
}
