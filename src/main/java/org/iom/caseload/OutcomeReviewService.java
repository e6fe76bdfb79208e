package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iom.audit.AuditAction;
import org.iom.common.AppClock;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.security.Caller;

/**
 * Outcome reviews: append-only, allowed on active and exited cases. A wrong review is corrected by a new one naming it
 * in {@code supersedesReviewId}; a review is superseded at most once.
 */
@ApplicationScoped
public class OutcomeReviewService {

    @Inject CaseAccess access;
    @Inject Database database;
    @Inject OutcomeReviewQuery query;
    @Inject OutcomeReviewRepository reviews;
    @Inject Caller caller;
    @Inject AppClock clock;
    @Inject CaseHistory history;

    @Transactional
    public OutcomeReviewView add(UUID caseId, NewOutcomeReview body) {
        CaseRef c = access.visible(caseId, true);
        CaseAccess.throwIfAny(errors(body, c));
        OutcomeReview r = OutcomeReview.of(c, body, caller.subject(), clock.now());
        reviews.persistAndFlush(r);
        history.record(c.id(), HistoryOperation.OUTCOME_REVIEW_RECORDED, r.id, history.diff(null, body));
        access.log(AuditAction.ALTERATION, c.id(), c.schemeId());
        return r.view();
    }

    public OutcomeReviewView get(UUID caseId, UUID reviewId) {
        return access.consult(caseId, (h, c) -> query.find(h, c.id(), reviewId)
                .orElseThrow(() -> ProblemException.notFound("Outcome review", reviewId)));
    }

    public OutcomeReviewPage list(UUID caseId, OutcomeReviewListQuery q) {
        UUID after = IdPaging.after(q.cursor());
        return access.consult(caseId, (h, c) -> {
            IdPaging.Slice<OutcomeReviewView> page = IdPaging.slice(query.page(h, c.id(), after, q.limit()), q.limit(),
                    OutcomeReviewView::id);
            return new OutcomeReviewPage(page.items(), page.nextCursor());
        });
    }

    /**
     * The dates of the period reviewed, and the review it supersedes: one of this case's (400) that no other review
     * supersedes yet (409 naming the one that does, once the body is otherwise valid).
     */
    private List<Problem.FieldError> errors(NewOutcomeReview body, CaseRef c) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.reviewedOn().isAfter(clock.today())) {
            errors.add(new Problem.FieldError("reviewedOn", "must not be in the future"));
        }
        if (body.periodFrom().isBefore(c.selectedOn())) {
            errors.add(new Problem.FieldError("periodFrom", "must not be before the selection date " + c.selectedOn()));
        }
        if (body.periodTo().isBefore(body.periodFrom())) {
            errors.add(new Problem.FieldError("periodTo", "must not be before periodFrom"));
        } else if (body.periodTo().isAfter(body.reviewedOn())) {
            errors.add(new Problem.FieldError("periodTo", "must not be after reviewedOn"));
        }
        UUID supersedes = body.supersedesReviewId();
        if (supersedes != null) {
            Optional<OutcomeReviewView> old = database.inTransaction(h -> query.find(h, c.id(), supersedes));
            if (old.isEmpty()) {
                errors.add(new Problem.FieldError("supersedesReviewId", "no outcome review with this id on this case"));
            } else if (old.get().supersededByReviewId() != null) {
                CaseAccess.throwIfAny(errors);
                throw ProblemException.conflict("Outcome review " + supersedes + " has already been superseded by "
                        + old.get().supersededByReviewId() + "; supersede that one instead.",
                        old.get().supersededByReviewId().toString());
            }
        }
        return errors;
    }
}
