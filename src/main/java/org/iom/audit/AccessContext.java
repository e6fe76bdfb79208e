package org.iom.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the access log needs to know about the current HTTP request beyond the caller: the request id (from a sane
 * {@code X-Request-Id} header, else generated) and the caller's optional reason ({@code X-Access-Reason}). Filled in
 * by {@link RequestHeadersFilter}.
 */
@RequestScoped
public class AccessContext {

    private String requestId;
    private String reason;

    public String requestId() {
        return requestId;
    }

    public String reason() {
        return reason;
    }

    /** Filled in for each request; a background job's step sets those of the request that started the job. */
    public void set(String requestId, String reason) {
        this.requestId = requestId;
        this.reason = reason;
    }
}
