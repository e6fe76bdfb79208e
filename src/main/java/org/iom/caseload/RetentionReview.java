package org.iom.caseload;

import static jakarta.persistence.EnumType.STRING;

import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A retention review decision: append-only (erasure removes only its reason, in SQL). ADR 0036. */
@Entity
@Immutable
@Table(name = "retention_review")
public class RetentionReview extends CaseRecordEntity {

    @Enumerated(STRING) public RetentionDecision decision;
    public String reason;
    public LocalDate dueOn;
    public LocalDate nextReviewOn;

    static RetentionReview of(CaseRef c, LocalDate dueOn, NewRetentionReview body, String by, Instant now) {
        RetentionReview r = new RetentionReview();
        r.recordOf(c, by, now);
        r.decision = body.decision();
        r.reason = body.reason();
        r.dueOn = dueOn;
        r.nextReviewOn = body.nextReviewOn();
        return r;
    }

    RetentionReviewView view() {
        return new RetentionReviewView(id, caseId, decision, reason, dueOn, nextReviewOn, recordedBy, recordedAt);
    }
}
