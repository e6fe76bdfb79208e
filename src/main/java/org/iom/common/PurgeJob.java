package org.iom.common;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.iom.common.db.Database;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;

/**
 * The shape of every purge job (ADR 0030): scheduled in code from the feature's {@code @ConfigMapping} (by
 * {@link ScheduledJobs}: first run one interval after start, never overlapping itself on one instance), deleting what
 * is older than the retention in bounded batches, each its own short transaction, until a batch deletes nothing. A
 * subclass names the job and gives its settings and its batch (safe when several instances run it at once, e.g. under
 * an advisory try-lock).
 */
public abstract class PurgeJob {

    private static final Logger LOG = Logger.getLogger(PurgeJob.class);

    @Inject protected Database database;
    @Inject protected AppClock clock;
    @Inject protected Scheduler scheduler;

    /** The job's name, also in its log line. */
    protected abstract String name();

    /** How often it runs. */
    protected abstract Duration every();

    /** How long what it purges is kept. */
    protected abstract Duration retention();

    /** Deletes one bounded batch of what is older than {@code before}; how many it deleted (0: done, or another instance purges). */
    protected abstract int batch(Handle h, Instant before);

    protected void schedule(@Observes StartupEvent start) {
        ScheduledJobs.every(scheduler, name(), every(), this::purgeExpired);
    }

    /** Deletes everything expired now, batch by batch; returns how many this instance deleted. */
    public long purgeExpired() {
        Instant before = clock.now().minus(retention());
        long deleted = purge(before);
        if (deleted > 0) {
            LOG.infof("%s: purged %d (older than %s)", name(), deleted, before);
        }
        return deleted;
    }

    /** Deletes what is older than {@code before} in batches until a batch deletes none; returns how many. */
    public long purge(Instant before) {
        long total = 0;
        int n;
        do {
            n = database.inTransaction(h -> batch(h, before));
            total += n;
        } while (n > 0);
        return total;
    }
}
