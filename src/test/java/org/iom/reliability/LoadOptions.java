package org.iom.reliability;

import java.nio.file.Path;

/**
 * The options of the load command, with their defaults. {@code timelineId}: a recommendation whose timeline every
 * other write of each writer appends a COMMENT to (else every write creates a case). {@code readCase}: readers GET
 * cases (this one, and every case acknowledged during the load), each with its own X-Request-Id, instead of
 * {@code readPath}. {@code lostReadsExpected}: a 404 to such a read is counted, not failed (asynchronous replication:
 * a failover may lose an acknowledged case, which is what that run looks for). {@code round}: the writers' numbers
 * (CRNs, bodies) start at round x 20,000, so that several loads into one scheme never repeat a CRN.
 */
record LoadOptions(int writers, int readers, long durationMs, String schemeId, String schemeCode, long clientTimeout,
        long retryPause, long settleMs, long healthPoll, long maxLatency, long recoverWithin, long shutdownDelay,
        String readPath, Path out, Path markers, boolean expectOutage, boolean expectShutdown, String timelineId,
        String readCase, boolean lostReadsExpected, int round) {

    static LoadOptions from(Args a) {
        LoadOptions o = new LoadOptions(a.i("writers", 0), a.i("readers", 0), (long) (a.d("seconds", 20) * 1000),
                a.s("scheme-id", null), a.s("scheme-code", null), a.l("client-timeout-ms", 15000),
                a.l("retry-pause-ms", 250), a.l("settle-seconds", 20) * 1000, a.l("health-poll-ms", 0),
                a.l("max-latency-ms", 0), a.l("recover-within-ms", 10000), a.l("shutdown-delay-ms", 0),
                a.s("read-path", "/v1/police-forces"), Path.of(a.req("out")),
                a.has("markers") ? Path.of(a.req("markers")) : null, a.flag("expect-outage"), a.flag("expect-shutdown"),
                a.s("timeline", null), a.s("read-case", null), a.flag("lost-reads-expected"),
                a.i("round", 0));
        if (o.writes() && (o.schemeId == null || o.schemeCode == null)) {
            throw new IllegalArgumentException("--writers needs --scheme-id and --scheme-code");
        }
        if (o.readCase != null && o.schemeCode == null) {
            throw new IllegalArgumentException("--read-case needs --scheme-code");
        }
        if (o.round < 0 || o.round > 40) {
            throw new IllegalArgumentException("--round must be 0 to 40");
        }
        if (o.writers + o.readers == 0) {
            throw new IllegalArgumentException("give --writers and/or --readers");
        }
        return o;
    }

    boolean writes() {
        return writers > 0;
    }
}
