package org.iom.caseload;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.iom.common.AppClock;
import org.iom.common.ProblemException;
import org.iom.common.ScheduledJobs;
import org.iom.common.db.Database;
import org.jboss.logging.Logger;

/**
 * Runs bulk erasure jobs (ADR 0036) on every instance: every {@code iom.retention.erasure-jobs-every}, and at once
 * after a job is requested. Each step claims one PENDING case (of any instance's job) and erases it in its own
 * transaction ({@link ErasureJobStep}); a step that fails rolls back alone and its case is recorded FAILED with the
 * problem's detail, so a failure stops nothing already done and nothing still to do.
 */
@ApplicationScoped
public class ErasureJobRunner {

    private static final Logger LOG = Logger.getLogger(ErasureJobRunner.class);
    /** Steps per run at most, so a run ends even if a case were to fail forever (it cannot: it is marked FAILED). */
    private static final int MAX_STEPS = 100_000;

    @Inject ErasureJobStep step;
    @Inject ErasureJobRepository jobs;
    @Inject Database database;
    @Inject RetentionConfig config;
    @Inject AppClock clock;
    @Inject Scheduler scheduler;

    void schedule(@Observes StartupEvent start) {
        ScheduledJobs.every(scheduler, "erasure-jobs", config.erasureJobsEvery(), this::runAll);
    }

    /** Runs the pending cases on a worker thread, soon (after the request that made a job has answered). */
    void runSoon() {
        Infrastructure.getDefaultWorkerPool().execute(this::runAll);
    }

    /** Erases pending cases one by one until none is left that no other worker holds; returns how many were done. */
    public int runAll() {
        int done = 0;
        try {
            while (done < MAX_STEPS && runOne()) {
                done++;
            }
            database.inTransaction(h -> jobs.finishAllDone(h, clock.now()));
        } catch (RuntimeException e) {
            LOG.error("Bulk erasure run stopped; the next run goes on with the pending cases", e);
        }
        return done;
    }

    /** One case: erased, or recorded FAILED. False when no case was waiting. */
    boolean runOne() {
        AtomicReference<ErasureJobRepository.Claim> claimed = new AtomicReference<>();
        try {
            return step.eraseNext(claimed);
        } catch (RuntimeException e) {
            ErasureJobRepository.Claim c = claimed.get();
            if (c == null) {
                throw e;
            }
            String detail = e instanceof ProblemException ? e.getMessage() : "erasure failed unexpectedly";
            if (!(e instanceof ProblemException)) {
                LOG.errorf(e, "Bulk erasure job %s: case %s failed", c.jobId(), c.caseId());
            }
            database.inNewTransaction(h -> {
                jobs.done(h, c.jobId(), c.caseId(), truncate(detail), clock.now());
                jobs.finishIfDone(h, c.jobId(), clock.now());
                return null;
            });
            return true;
        }
    }

    private static String truncate(String s) {
        return s == null || s.isBlank() ? "erasure failed" : s.length() <= 500 ? s : s.substring(0, 500);
    }
}
