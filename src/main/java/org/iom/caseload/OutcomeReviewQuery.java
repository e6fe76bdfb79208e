package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** A case's outcome reviews, each with the review that supersedes it (if any), read with the one read layer. */
@ApplicationScoped
public class OutcomeReviewQuery {

    private static final String COLUMNS = """
            select r.id, r.case_id, r.reviewed_on, r.period_from, r.period_to, r.frequency, r.seriousness,
                   r.proven_reoffending, r.note, r.supersedes_id as supersedes_review_id,
                   n.id as superseded_by_review_id, r.recorded_by, r.recorded_at
            from outcome_review r left join outcome_review n on n.supersedes_id = r.id""";

    Optional<OutcomeReviewView> find(Handle h, UUID caseId, UUID reviewId) {
        return h.createQuery(COLUMNS + " where r.id = :id and r.case_id = :caseId")
                .bind("id", reviewId).bind("caseId", caseId).mapTo(OutcomeReviewView.class).findFirst();
    }

    /** A page of the case's reviews in id order after {@code after}, at most {@code limit} + 1 rows. */
    List<OutcomeReviewView> page(Handle h, UUID caseId, UUID after, int limit) {
        Query q = h.createQuery(COLUMNS + " where r.case_id = :caseId" + (after == null ? "" : " and r.id > :after")
                        + " order by r.id limit :limit")
                .bind("caseId", caseId).bind("limit", limit + 1);
        if (after != null) {
            q.bind("after", after);
        }
        return q.mapTo(OutcomeReviewView.class).list();
    }
}
