package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The SQL of retention review (ADR 0036): cases due, a case's review date and latest decision, its decisions. */
@ApplicationScoped
public class RetentionQuery {

    private static final String LAST_DECISION = """
            (select r.decision from retention_review r where r.case_id = c.id
             order by r.recorded_at desc, r.id desc limit 1)""";

    /** The key of the last item of the previous page. */
    record After(LocalDate reviewOn, UUID id) {}

    /** Exited, unerased cases due before {@code before}, by review date then id, after {@code after}: limit + 1. */
    List<RetentionDue> duePage(Handle h, LocalDate before, After after, int limit) {
        Query q = h.createQuery("""
                select c.id as case_id, c.scheme_id, s.code as scheme_code, c.crn, c.subject_category, c.exited_on,
                       c.exit_reason, c.retention_review_on, %s as last_decision
                from iom_case c join scheme s on s.id = c.scheme_id
                where c.retention_review_on is not null and c.erased_at is null and c.retention_review_on < :before
                """.formatted(LAST_DECISION)
                + (after == null ? "" : " and (c.retention_review_on, c.id) > (:afterOn, :afterId)")
                + " order by c.retention_review_on, c.id limit :limit")
                .bind("before", before).bind("limit", limit + 1);
        if (after != null) {
            q.bind("afterOn", after.reviewOn()).bind("afterId", after.id());
        }
        return q.mapTo(RetentionDue.class).list();
    }

    /** The case's review date (null while active). */
    Optional<LocalDate> reviewOn(Handle h, UUID caseId) {
        return h.createQuery("select retention_review_on from iom_case where id = :id")
                .bind("id", caseId).mapTo(LocalDate.class).findOne();
    }

    /** The case's latest decision, if any. */
    Optional<RetentionDecision> latestDecision(Handle h, UUID caseId) {
        return h.createQuery("select " + LAST_DECISION + " from iom_case c where c.id = :id")
                .bind("id", caseId).mapTo(RetentionDecision.class).findOne();
    }

    /** Moves the case's next review (a RETAIN decision): a change of the case, so its version moves. */
    void moveReview(Handle h, UUID caseId, LocalDate next, Instant now) {
        h.createUpdate("""
                update iom_case set retention_review_on = :next, updated_at = :now, version = version + 1
                where id = :id""").bind("id", caseId).bind("next", next).bind("now", now).execute();
    }

    /** Every decision on these cases, oldest first. */
    List<RetentionReviewView> reviewsOf(Handle h, List<UUID> caseIds) {
        return h.createQuery("""
                select id, case_id, decision, reason, due_on, next_review_on, recorded_by, recorded_at
                from retention_review where case_id = any(:ids) order by recorded_at, id""")
                .bind("ids", caseIds.toArray(new UUID[0])).mapTo(RetentionReviewView.class).list();
    }
}
