package org.iom.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The access log's group commit, {@code iom.audit.group-commit.*} (ADR 0043): each default lives here. */
@ConfigMapping(prefix = "iom.audit.group-commit")
public interface AccessLogGroupCommitConfig {

    /**
     * Longest wait of a read for the commit of its access-log entry, from the moment it asks; then it answers 503 and
     * discloses nothing. Keep it below the request deadline (the socket timeout {@code iom.db.socket-timeout-seconds},
     * 10 s, plus its margin), so that the read's own 503 comes before the deadline's; not much below it, since a stall
     * of the whole machine (a long GC pause, starved CPU) then becomes a 503 where the read would have answered late.
     */
    @WithDefault("8s")
    Duration timeout();

    /** At most this many entries in one shared insert and commit (more wait for the next). */
    @WithDefault("1000")
    int maxEntries();
}
