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
 * subclass only calls the constructor with the job's name, its settings (its config) and its batch (safe when
 * several instances run it at once, e.g. under an advisory try-lock).
 */
public abstract class PurgeJob {

    private static final Logger LOG = Logger.getLogger(PurgeJob.class);

    /**
     * How often the job runs, how long what it purges is kept, and the most one batch deletes: the feature's
     * {@code @ConfigMapping} extends this and holds the defaults.
     */
    public interface Settings {
        Duration purgeEvery();

        Duration retention();

        int purgeBatchSize();
    }

    /** Deletes at most {@code limit} of what is older than {@code before}: how many (0: done, or another purges). */
    @FunctionalInterface
    public interface Batch {
        int delete(Handle h, Instant before, int limit);
    }

    @Inject protected Database database;
    @Inject protected AppClock clock;
    @Inject protected Scheduler scheduler;

    private String name;
    private Settings settings;
    private Batch batch;

    /** For the container's client proxy only. */
    protected PurgeJob() {}

    /** A job called {@code name} (also in its log line) that deletes with {@code batch}. */
    protected PurgeJob(String name, Settings settings, Batch batch) {
        this.name = name;
        this.settings = settings;
        this.batch = batch;
    }

    protected void schedule(@Observes StartupEvent start) {
        ScheduledJobs.every(scheduler, name, settings.purgeEvery(), this::purgeExpired);
    }

    /** Deletes everything expired now, batch by batch; returns how many this instance deleted. */
    public long purgeExpired() {
        Instant before = clock.now().minus(settings.retention());
        long deleted = purge(before);
        if (deleted > 0) {
            LOG.infof("%s: purged %d (older than %s)", name, deleted, before);
        }
        return deleted;
    }

    /** Deletes what is older than {@code before} in batches until a batch deletes none; returns how many. */
    public long purge(Instant before) {
        long total = 0;
        int n;
        do {
            n = database.inTransaction(h -> batch.delete(h, before, settings.purgeBatchSize()));
            total += n;
        } while (n > 0);
        return total;
    }
}
