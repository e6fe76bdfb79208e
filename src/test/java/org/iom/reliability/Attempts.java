package org.iom.reliability;

/** Test records of load attempts: writes (with a key) and reads, at a given start and end. */
final class Attempts {

    private Attempts() {
    }

    static Attempt write(String key, int n, long start, int status, String id, boolean replayed) {
        return new Attempt(0, key, "A00000" + key.length(), 7, n, start, start + 10, status,
                status == 0 ? "TIMEOUT" : null, id, replayed, status == 503 ? "1" : null, "application/json", null);
    }

    /** A write of timeline entry number {@code body}. */
    static Attempt timeline(String key, int body, long start, int status, String id) {
        return new Attempt(0, key, Attempt.TIMELINE + body, body, 1, start, start + 10, status, null, id, false,
                status == 503 ? "1" : null, "application/json", null);
    }

    static Attempt lost(String key, int n, long start) {
        return write(key, n, start, 0, null, false);
    }

    static Attempt read(long start, long end, int status) {
        return new Attempt(1, null, null, 0, 1, start, end, status, status == 0 ? "REFUSED" : null, null, false,
                status == 503 ? "1" : null, "application/json", null);
    }
}
