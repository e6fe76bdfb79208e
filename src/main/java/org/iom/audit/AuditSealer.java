package org.iom.audit;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.iom.common.AppClock;
import org.iom.common.db.Database;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;

/**
 * Seals the access log (ADR 0032): every {@code iom.audit.seal.interval}, off the request path, the entries logged
 * since the last checkpoint become new checkpoints, each MAC'd with a key the database does not hold and chained on the
 * one before. Requests pay nothing for it: they append as before, and the sealer waits for their transactions instead
 * of locking them out. Each checkpoint is also written to the service log, a copy outside the database.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    private static final long SETTLE_WAIT_MS = 10_000;

    @Inject Database database;
    @Inject AuditCheckpointRepository repository;
    @Inject AuditSealConfig config;
    @Inject AppClock clock;
    @Inject Scheduler scheduler;

    private volatile AuditSeal seal;

    void schedule(@Observes StartupEvent event) {
        seal();   // refuses to start on a missing or short key, rather than failing every minute
        scheduler.newJob("audit-seal")
                .setInterval(config.interval().toString())
                .setConcurrentExecution(ConcurrentExecution.SKIP)
                .setTask(execution -> sealQuietly())
                .schedule();
    }

    AuditSeal seal() {
        AuditSeal s = seal;
        if (s == null) {
            s = new AuditSeal(config.key().orElse(null));
            seal = s;
        }
        return s;
    }

    /**
     * Seals every entry the sequence had handed out when called, once the transactions that could still be writing
     * them have ended; returns the number of checkpoints made (0 when there was nothing to seal, another instance was
     * sealing, or a transaction older than the horizon did not end within 10 s: the next run takes them).
     */
    public int sealNow() {
        AuditCheckpointRepository.Horizon horizon = database.inTransaction(repository::horizon);
        if (horizon.lastId() == 0 || !awaitSettled(horizon)) {
            return 0;
        }
        int made = 0;
        while (true) {
            Optional<AuditCheckpoint> made1 = database.inTransaction(h -> sealOne(h, horizon.lastId()));
            if (made1.isEmpty()) {
                return made;
            }
            made++;
            LOG.infof("Access log sealed: checkpoint %d, entries %d..%d (%d), mac %s", made1.get().seq(),
                    made1.get().afterEventId() + 1, made1.get().lastEventId(), made1.get().entries(), made1.get().mac());
            if (made1.get().lastEventId() >= horizon.lastId()) {
                return made;
            }
        }
    }

    private void sealQuietly() {
        try {
            sealNow();
        } catch (RuntimeException e) {
            LOG.warnf("Sealing the access log failed (retried at the next run): %s", e.toString());
        }
    }

    private boolean awaitSettled(AuditCheckpointRepository.Horizon horizon) {
        long until = System.currentTimeMillis() + SETTLE_WAIT_MS;
        // Each check in a transaction of its own: PostgreSQL keeps one snapshot of pg_stat_activity per transaction.
        while (!database.inTransaction(h -> repository.settled(h, horizon.at()))) {
            if (System.currentTimeMillis() > until) {
                LOG.debugf("Access log not sealed: a transaction older than %s is still running", horizon.at());
                return false;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** One checkpoint of at most max-entries entries after the last one, up to {@code upTo}; empty when none. */
    private Optional<AuditCheckpoint> sealOne(Handle h, long upTo) {
        if (!repository.tryLock(h)) {
            return Optional.empty();
        }
        Optional<AuditCheckpoint> last = repository.last(h);
        long after = last.map(AuditCheckpoint::lastEventId).orElse(0L);
        if (after >= upTo) {
            return Optional.empty();
        }
        int max = Math.max(1, config.maxEntries());
        AuditSeal.Running mac = seal().begin(last.map(AuditCheckpoint::mac).orElse(null));
        repository.entries(h, after, upTo, max, mac::add);
        if (mac.entries() == 0) {
            return Optional.empty();
        }
        // A full batch ends at its last entry; a shorter one holds every entry up to the horizon, and covers it.
        long end = mac.entries() < max ? upTo : mac.lastId();
        long seq = last.map(AuditCheckpoint::seq).orElse(0L) + 1;
        var sealedAt = clock.now();
        AuditCheckpoint checkpoint = new AuditCheckpoint(seq, after, end, mac.entries(), sealedAt,
                mac.finish(seq, after, end, sealedAt));
        repository.insert(h, checkpoint);
        return Optional.of(checkpoint);
    }
}
