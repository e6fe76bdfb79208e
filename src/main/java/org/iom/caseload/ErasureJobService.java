package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iom.audit.AccessContext;
import org.iom.common.AppClock;
import org.iom.common.Ids;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.security.Caller;

/**
 * Bulk erasure of cases whose retention review decided ERASE (ADR 0036): one request makes a job (its state in the
 * database), {@link ErasureJobRunner} erases its cases one transaction each, and {@link #get} shows the progress.
 */
@ApplicationScoped
public class ErasureJobService {

    @Inject Database database;
    @Inject ErasureJobRepository jobs;
    @Inject ErasureJobRunner runner;
    @Inject Caller caller;
    @Inject AccessContext context;
    @Inject AppClock clock;

    /** Records the job (every case PENDING) for the caller, with the request's reason, and starts running it. */
    public ErasureJobView start(NewErasureJob body, String reason) {
        List<UUID> ids = body.caseIds();
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ids) {
            if (!seen.add(id)) {
                throw ProblemException.invalid("caseIds", "names case " + id + " more than once");
            }
        }
        UUID id = Ids.newId();
        ErasureJobRepository.Claim who = new ErasureJobRepository.Claim(id, null, caller.subject(), caller.client(),
                String.join(",", caller.roles()), reason, context.requestId());
        database.useTransaction(h -> jobs.create(h, id, ids, who, clock.now()));
        runner.runSoon();
        return get(id);
    }

    /** The job's progress and failures, or a 404. */
    public ErasureJobView get(UUID id) {
        return database.inTransaction(h -> {
            ErasureJobRepository.Job job = jobs.find(h, id)
                    .orElseThrow(() -> ProblemException.notFound("Erasure job", id));
            List<ErasureJobView.ErasureFailure> failures = jobs.failures(h, id);
            return new ErasureJobView(job.id(), job.finishedAt() == null ? "RUNNING" : "FINISHED", job.total(),
                    job.erased() + job.failed(), job.erased(), job.failed(), failures, job.requestedBy(),
                    job.requestedAt(), job.finishedAt());
        });
    }
}
