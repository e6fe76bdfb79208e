package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.iom.audit.AuditAction;
import org.iom.common.AppClock;
import org.iom.common.Problem;
import org.iom.scheme.SchemeRef;
import org.iom.security.Caller;

/**
 * A transfer (issue 22): the person moves to another scheme in one transaction. The old case exits with reason
 * TRANSFERRED, a new case is selected on the other scheme (the selection rules and the caller's scope apply to it), and
 * each links to the other; needs and reviews stay with the case they were recorded on. Both appear in the history.
 */
@ApplicationScoped
public class CaseTransferService {

    @Inject CaseAccess access;
    @Inject CaseService lifecycle;
    @Inject SelectionRules selection;
    @Inject CaseRepository cases;
    @Inject CaseHistory history;
    @Inject Caller caller;
    @Inject AppClock clock;

    /** The new case; the old one is exited and linked to it. */
    @Transactional
    public CaseView transfer(UUID id, TransferRequest body, String ifMatch) {
        IomCase old = access.forChange(id, ifMatch);
        CaseAccess.requireActive(old.ref());
        List<Problem.FieldError> errors = lifecycle.exitErrors(old, body.transferredOn(), "transferredOn");
        if (body.schemeId().equals(old.schemeId)) {
            errors.add(new Problem.FieldError("schemeId", "must be another scheme than the case's"));
        }
        CaseAccess.throwIfAny(errors);
        NewCase next = moved(old.asNewCase(), body);
        SchemeRef scheme = selection.admit(next);
        IomCase created = IomCase.selected(next, scheme.id(), clock.now(), Actor.of(caller));
        created.transferredFromCaseId = old.id;
        cases.persistAndFlush(created);
        history.record(created.id, HistoryOperation.TRANSFERRED_IN, old.id, history.diff(null, next));
        access.log(AuditAction.COLLECTION, created.id, created.schemeId);
        lifecycle.exit(old, body.transferredOn(), ExitReason.TRANSFERRED, HistoryOperation.TRANSFERRED_OUT, created.id);
        return created.view(scheme.code(), clock.today());
    }

    /**
     * The selection onto the new scheme: the case's fields (its subject category too: moving does not change it), on
     * the day of the move (a review date before it goes).
     */
    private static NewCase moved(NewCase c, TransferRequest body) {
        boolean reviewStays = c.nextReviewOn() != null && !c.nextReviewOn().isBefore(body.transferredOn());
        return new NewCase(body.schemeId(), c.crn(), c.pncId(), body.cohort() == null ? c.cohort() : body.cohort(),
                body.transferredOn(), c.selectionReason(), c.riskOfSeriousHarm(), c.predictorScore(), c.leadAgency(),
                c.policeLead(), c.probationLead(), c.rag(), reviewStays ? c.nextReviewOn() : null, c.subjectCategory());
    }
}
