package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iom.audit.AccessLog;
import org.iom.audit.AuditAction;
import org.iom.common.AppClock;
import org.iom.common.Paging;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.security.Caller;

/**
 * Retention review of exited cases (ADR 0036): which are due, and the decision on one (RETAIN with a reason and the
 * next review date, or ERASE with a reason). Erasing the cases decided ERASE: {@link ErasureJobService}.
 */
@ApplicationScoped
public class RetentionService {

    @Inject CaseAccess access;
    @Inject Database database;
    @Inject RetentionQuery query;
    @Inject RetentionReviewRepository reviews;
    @Inject AccessLog accessLog;
    @Inject Caller caller;
    @Inject AppClock clock;

    /** A page of the cases due before {@code q.before()} (default: due today or earlier); each logged as consulted. */
    public RetentionDuePage due(RetentionDueQuery q) {
        List<String> key = Paging.decodeCursor(q.cursor(), 2);
        RetentionQuery.After after = key == null ? null : after(key);
        LocalDate before = q.before() == null ? clock.today().plusDays(1) : q.before();
        return database.inTransaction(h -> {
            List<RetentionDue> rows = query.duePage(h, before, after, q.limit());
            List<RetentionDue> items = rows.size() > q.limit() ? rows.subList(0, q.limit()) : rows;
            accessLog.record(h, AuditAction.CONSULTATION,
                    items.stream().map(d -> new AccessLog.Subject(d.caseId(), d.schemeId())).toList(), null);
            RetentionDue last = items.isEmpty() ? null : items.get(items.size() - 1);
            String next = rows.size() > q.limit() ? Paging.encodeCursor(last.retentionReviewOn(), last.caseId()) : null;
            return new RetentionDuePage(items, next);
        });
    }

    /**
     * Records a decision on an exited case that is due (409 otherwise), logged as ALTERATION; a RETAIN moves the
     * case's next review date.
     */
    @Transactional
    public RetentionReviewView decide(UUID caseId, NewRetentionReview body) {
        CaseRef c = access.visible(caseId, true);
        LocalDate today = clock.today();
        CaseAccess.throwIfAny(errors(body, today));
        if (c.status() == CaseStatus.ACTIVE) {
            throw ProblemException.illegalTransition("Case " + caseId + " is ACTIVE: only an exited case has a "
                    + "retention review.", List.of());
        }
        LocalDate dueOn = database.inTransaction(h -> query.reviewOn(h, caseId)).orElseThrow();
        if (dueOn.isAfter(today)) {
            throw ProblemException.illegalTransition("Case " + caseId + " is not due for retention review until "
                    + dueOn + ".", List.of());
        }
        RetentionReview r = RetentionReview.of(c, dueOn, body, caller.subject(), clock.now());
        reviews.persistAndFlush(r);
        if (body.decision() == RetentionDecision.RETAIN) {
            database.useTransaction(h -> query.moveReview(h, caseId, body.nextReviewOn(), clock.now()));
        }
        access.log(AuditAction.ALTERATION, c.id(), c.schemeId());
        return r.view();
    }

    private static List<Problem.FieldError> errors(NewRetentionReview body, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.decision() == RetentionDecision.RETAIN) {
            if (body.nextReviewOn() == null) {
                errors.add(new Problem.FieldError("nextReviewOn", "required for RETAIN: the next review date"));
            } else if (!body.nextReviewOn().isAfter(today)) {
                errors.add(new Problem.FieldError("nextReviewOn", "must be after today"));
            }
        } else if (body.nextReviewOn() != null) {
            errors.add(new Problem.FieldError("nextReviewOn", "must be absent for ERASE"));
        }
        return errors;
    }

    private static RetentionQuery.After after(List<String> key) {
        try {
            return new RetentionQuery.After(LocalDate.parse(key.get(0)), UUID.fromString(key.get(1)));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "not a cursor returned by this API");
        }
    }
}
