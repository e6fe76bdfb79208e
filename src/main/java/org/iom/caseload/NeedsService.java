package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iom.audit.AuditAction;
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.Problem;
import org.iom.common.db.Database;
import org.iom.security.Caller;

/**
 * Needs assessments: append-only; the newest (latest assessedOn, then latest recorded) is the current one. The needs
 * resource's entity tag is the number of assessments recorded, so a PUT based on a stale read is a 412.
 */
@ApplicationScoped
public class NeedsService {

    @Inject CaseAccess access;
    @Inject NeedsQuery query;
    @Inject Database database;
    @Inject NeedsAssessmentRepository assessments;
    @Inject Caller caller;
    @Inject AppClock clock;
    @Inject CaseHistory changes;

    public CaseNeeds get(UUID caseId) {
        return access.consult(caseId, (h, c) -> CaseNeeds.of(c.id(), query.history(h, c.id())));
    }

    @Transactional
    public CaseNeeds record(UUID caseId, NewNeedsAssessment body, String ifMatch) {
        CaseRef c = access.visible(caseId, true);
        List<NeedsAssessmentView> history = database.inTransaction(h -> query.history(h, c.id()));
        ETags.check(ifMatch, history.size());
        CaseAccess.requireActive(c);
        CaseAccess.throwIfAny(errors(body, c, history));
        NeedsAssessment a = NeedsAssessment.of(c, body, caller.subject(), clock.now());
        assessments.persistAndFlush(a);
        NewNeedsAssessment current = history.isEmpty() ? null
                : new NewNeedsAssessment(history.get(0).assessedOn(), history.get(0).needs());
        changes.record(c.id(), HistoryOperation.NEEDS_ASSESSED, a.id, changes.diff(current, body));
        access.log(AuditAction.ALTERATION, c.id(), c.schemeId());
        List<NeedsAssessmentView> updated = new ArrayList<>(history.size() + 1);
        updated.add(a.view());
        updated.addAll(history);
        return CaseNeeds.of(c.id(), updated);
    }

    /** Every area needs a severity; the date is not in the future, nor before the selection or the current one. */
    private List<Problem.FieldError> errors(NewNeedsAssessment body, CaseRef c, List<NeedsAssessmentView> history) {
        List<Problem.FieldError> errors = new ArrayList<>();
        body.needs().missingAreas().forEach(area -> errors.add(new Problem.FieldError("needs." + area,
                "required: give a severity for every need area")));
        if (body.assessedOn().isAfter(clock.today())) {
            errors.add(new Problem.FieldError("assessedOn", "must not be in the future"));
        } else if (body.assessedOn().isBefore(c.selectedOn())) {
            errors.add(new Problem.FieldError("assessedOn", "must not be before the selection date " + c.selectedOn()));
        } else if (!history.isEmpty() && body.assessedOn().isBefore(history.get(0).assessedOn())) {
            errors.add(new Problem.FieldError("assessedOn", "must not be before the current assessment's date "
                    + history.get(0).assessedOn() + " (a PUT records the new current assessment)"));
        }
        return errors;
    }
}
