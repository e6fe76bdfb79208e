package org.iom.reliability;

/**
 * One request of the load: {@code key} (the Idempotency-Key) is null for a read; {@code n} is the attempt number for
 * that key; {@code body} the number the body was made from; {@code leak} what the answer leaked, if anything.
 * {@code crn} is the case's CRN for a case write, "timeline-" + body for a timeline entry, and the case id for a read
 * of a case; {@code id} is the created resource's id for a write and the X-Request-Id for a read of a case.
 */
record Attempt(int writer, String key, String crn, int body, int n, long start, long end, int status, String error,
        String id, boolean replayed, String retryAfter, String contentType, String leak) {
    static final String TIMELINE = "timeline-";

    /** A write of a timeline entry (not of a case). */
    boolean timeline() {
        return key != null && crn != null && crn.startsWith(TIMELINE);
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** No HTTP answer at all, or a 5xx: the client cannot know whether the write committed. */
    boolean unseen() {
        return status == 0 || status >= 500;
    }

    /** Answered, or timed out: the attempts whose duration counts as a latency. */
    boolean timed() {
        return status != 0 || "TIMEOUT".equals(error);
    }

    String tsv() {
        return start + "\t" + end + "\t" + writer + "\t" + key + "\t" + crn + "\t" + n + "\t" + status + "\t"
                + (error == null ? "" : error) + "\t" + (id == null ? "" : id) + "\t" + replayed + "\n";
    }
}
