package org.iom.common;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.iom.common.db.Database;
import org.jboss.logging.Logger;

/**
 * Purges expired Idempotency-Keys (ADR 0030): a scheduled job, every {@code iom.idempotency.purge-every}, deletes
 * the records older than {@code iom.idempotency.expiry} in batches of {@code iom.idempotency.purge-batch-size}, each
 * batch its own short transaction. Instances may run it at the same time: see {@link IdempotencyRepository#purgeBatch}.
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject Database database;
    @Inject IdempotencyRepository records;
    @Inject IdempotencyConfig config;
    @Inject AppClock clock;
    @Inject Scheduler scheduler;

    void schedule(@Observes StartupEvent start) {
        ScheduledJobs.every(scheduler, "idempotency-purge", config.purgeEvery(), this::purgeExpired);
    }

    /** Deletes every record expired now, batch by batch; returns how many this instance deleted. */
    public long purgeExpired() {
        Instant before = clock.now().minus(config.expiry());
        long deleted = purge(before);
        if (deleted > 0) {
            LOG.infof("Purged %d expired Idempotency-Key records (created before %s)", deleted, before);
        }
        return deleted;
    }

    /**
     * Deletes the records created before {@code before} in bounded batches until a batch deletes none (nothing left,
     * or another instance holds the purge lock and goes on with it). Returns how many this call deleted.
     */
    public long purge(Instant before) {
        long total = 0;
        int n;
        do {
            n = database.inTransaction(h -> records.purgeBatch(h, before, config.purgeBatchSize()));
            total += n;
        } while (n > 0);
        return total;
    }
}
