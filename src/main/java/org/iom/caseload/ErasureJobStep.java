package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.iom.audit.AccessContext;
import org.iom.common.AppClock;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.security.Caller;

/**
 * One step of a bulk erasure job (ADR 0036), in its own transaction and its own request context: claim a PENDING
 * case, act as the admin who asked for the job (their identity, reason and request id go into the ERASURE entry),
 * check that the case's latest retention review decided ERASE, erase it by the one erasure path
 * ({@link CaseService#erase}), mark it ERASED. Any failure rolls all of it back; the runner then records FAILED.
 */
@ApplicationScoped
public class ErasureJobStep {

    @Inject ErasureJobRepository jobs;
    @Inject RetentionQuery retention;
    @Inject CaseService cases;
    @Inject CaseAccess access;
    @Inject Database database;
    @Inject Caller caller;
    @Inject AccessContext context;
    @Inject AppClock clock;

    /** Erases the next claimed case; false when none is waiting. {@code claimed} tells the runner which it was. */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean eraseNext(AtomicReference<ErasureJobRepository.Claim> claimed) {
        Optional<ErasureJobRepository.Claim> next = database.inTransaction(jobs::claim);
        if (next.isEmpty()) {
            return false;
        }
        ErasureJobRepository.Claim c = next.get();
        claimed.set(c);
        caller.actFor(c.acting());
        context.set(c.requestId(), c.reason());
        access.visible(c.caseId(), true);
        Optional<RetentionDecision> decision = database.inTransaction(h -> retention.latestDecision(h, c.caseId()));
        if (decision.orElse(null) != RetentionDecision.ERASE) {
            throw ProblemException.illegalTransition("Case " + c.caseId() + " has no ERASE decision: its latest "
                    + "retention review decided " + decision.map(Enum::name).orElse("nothing yet") + ".", List.of());
        }
        cases.eraseReviewed(c.caseId());
        database.useTransaction(h -> {
            jobs.done(h, c.jobId(), c.caseId(), null, clock.now());
            jobs.finishIfDone(h, c.jobId(), clock.now());
        });
        return true;
    }
}
