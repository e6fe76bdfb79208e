package org.iom.changes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.iom.common.AppClock;
import org.iom.common.db.Database;
import org.jboss.logging.Logger;

/**
 * Purges change-feed entries older than {@code iom.changes.retention} (ADR 0038), as the Idempotency-Key purge does
 * (ADR 0030): every {@code iom.changes.purge-every}, whole committed transactions in batches, each batch its own short
 * transaction, one instance at a time. The horizon it leaves turns older cursors into 410.
 */
@ApplicationScoped
public class ChangePurge {

    private static final Logger LOG = Logger.getLogger(ChangePurge.class);

    @Inject Database database;
    @Inject ChangeQuery query;
    @Inject ChangeFeedConfig config;
    @Inject AppClock clock;
    @Inject Scheduler scheduler;

    void schedule(@Observes StartupEvent start) {
        scheduler.newJob("change-feed-purge")
                .setInterval(config.purgeEvery().toString())
                .setDelayed(config.purgeEvery().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> purgeExpired())
                .schedule();
    }

    /** Deletes every entry expired now; returns how many transactions this instance deleted. */
    public long purgeExpired() {
        Instant before = clock.now().minus(config.retention());
        long deleted = purge(before);
        if (deleted > 0) {
            LOG.infof("Purged the change-feed entries of %d transactions committed before %s", deleted, before);
        }
        return deleted;
    }

    /** Deletes the entries of transactions committed before {@code before}, batch by batch. */
    public long purge(Instant before) {
        long total = 0;
        int n;
        do {
            n = database.inTransaction(h -> query.purgeBatch(h, before, config.purgeBatchSize()));
            total += n;
        } while (n > 0);
        return total;
    }
}
