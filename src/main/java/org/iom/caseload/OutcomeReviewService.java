package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iom.audit.AuditAction;
import org.iom.audit.AccessLog;
import org.iom.common.AppClock;
import org.iom.common.Ids;
import org.iom.common.Paging;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.SqlValues;
import org.iom.security.Caller;

/**
 * Outcome reviews: append-only, allowed on active and exited cases. A wrong review is corrected by a new one naming it
 * in {@code supersedesReviewId}; a review is superseded at most once.
 */
@ApplicationScoped
public class OutcomeReviewService {

    private static final String COLUMNS = """
            select r.id, r.case_id, r.reviewed_on, r.period_from, r.period_to, r.frequency, r.seriousness,
                   r.proven_reoffending, r.note, r.supersedes_id, n.id, r.recorded_by, r.recorded_at
            from outcome_review r left join outcome_review n on n.supersedes_id = r.id""";

    @Inject
    CaseService caseService;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    AppClock clock;

    @Transactional
    public OutcomeReviewView add(UUID caseId, NewOutcomeReview body) {
        IomCase c = caseService.visibleCase(caseId, true);
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate today = clock.today();
        if (body.reviewedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("reviewedOn", "must not be in the future"));
        }
        if (body.periodFrom().isBefore(c.selectedOn)) {
            errors.add(new Problem.FieldError("periodFrom", "must not be before the selection date " + c.selectedOn));
        }
        if (body.periodTo().isBefore(body.periodFrom())) {
            errors.add(new Problem.FieldError("periodTo", "must not be before periodFrom"));
        } else if (body.periodTo().isAfter(body.reviewedOn())) {
            errors.add(new Problem.FieldError("periodTo", "must not be after reviewedOn"));
        }
        if (body.supersedesReviewId() != null) {
            Optional<OutcomeReviewView> old = find(c.id, body.supersedesReviewId());
            if (old.isEmpty()) {
                errors.add(new Problem.FieldError("supersedesReviewId", "no outcome review with this id on this case"));
            } else if (old.get().supersededByReviewId() != null) {
                CaseService.throwIfAny(errors);
                throw ProblemException.conflict("Outcome review " + body.supersedesReviewId()
                        + " has already been superseded by " + old.get().supersededByReviewId()
                        + "; supersede that one instead.", old.get().supersededByReviewId().toString());
            }
        }
        CaseService.throwIfAny(errors);
        OutcomeReview r = new OutcomeReview();
        r.id = Ids.newId();
        r.caseId = c.id;
        r.schemeId = c.schemeId;
        r.reviewedOn = body.reviewedOn();
        r.periodFrom = body.periodFrom();
        r.periodTo = body.periodTo();
        r.frequency = body.frequency();
        r.seriousness = body.seriousness();
        r.provenReoffending = body.provenReoffending();
        r.note = body.note();
        r.supersedesId = body.supersedesReviewId();
        r.recordedBy = caller.subject();
        r.recordedAt = clock.now();
        em.persist(r);
        em.flush();
        accessLog.record(AuditAction.ALTERATION, c.id, c.schemeId);
        return new OutcomeReviewView(r.id, r.caseId, r.reviewedOn, r.periodFrom, r.periodTo, r.frequency,
                r.seriousness, r.provenReoffending, r.note, r.supersedesId, null, r.recordedBy, r.recordedAt);
    }

    @Transactional
    public OutcomeReviewView get(UUID caseId, UUID reviewId) {
        IomCase c = caseService.visibleCase(caseId, false);
        OutcomeReviewView view = find(c.id, reviewId)
                .orElseThrow(() -> ProblemException.notFound("Outcome review", reviewId));
        accessLog.record(AuditAction.CONSULTATION, c.id, c.schemeId);
        return view;
    }

    @Transactional
    public OutcomeReviewPage list(UUID caseId, int limit, String cursor) {
        List<String> after = Paging.decodeCursor(cursor, 1);
        UUID afterId;
        try {
            afterId = after == null ? null : UUID.fromString(after.get(0));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor returned by this API");
        }
        IomCase c = caseService.visibleCase(caseId, false);
        var q = em.createNativeQuery(COLUMNS + " where r.case_id = :caseId"
                + (afterId == null ? "" : " and r.id > :after") + " order by r.id limit :limit");
        q.setParameter("caseId", c.id);
        if (afterId != null) {
            q.setParameter("after", afterId);
        }
        q.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<OutcomeReviewView> items = rows.stream().limit(limit).map(OutcomeReviewService::view).toList();
        String next = rows.size() > limit ? Paging.encodeCursor(items.get(items.size() - 1).id()) : null;
        accessLog.record(AuditAction.CONSULTATION, c.id, c.schemeId);
        return new OutcomeReviewPage(items, next);
    }

    @SuppressWarnings("unchecked")
    private Optional<OutcomeReviewView> find(UUID caseId, UUID reviewId) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " where r.id = :id and r.case_id = :caseId")
                .setParameter("id", reviewId).setParameter("caseId", caseId).getResultList();
        return rows.stream().findFirst().map(OutcomeReviewService::view);
    }

    private static OutcomeReviewView view(Object[] r) {
        return new OutcomeReviewView(SqlValues.uuid(r[0]), SqlValues.uuid(r[1]), SqlValues.date(r[2]),
                SqlValues.date(r[3]), SqlValues.date(r[4]), Trend.valueOf((String) r[5]), Trend.valueOf((String) r[6]),
                (Boolean) r[7], (String) r[8], SqlValues.uuid(r[9]), SqlValues.uuid(r[10]), (String) r[11],
                SqlValues.instant(r[12]));
    }
}
