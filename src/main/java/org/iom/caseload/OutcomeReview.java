package org.iom.caseload;

import static jakarta.persistence.EnumType.STRING;

import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An outcome review: append-only; a wrong one is corrected by a new one that supersedes it. */
@Entity
@Immutable
@Table(name = "outcome_review")
public class OutcomeReview extends CaseRecordEntity {

    public LocalDate reviewedOn;
    public LocalDate periodFrom;
    public LocalDate periodTo;
    @Enumerated(STRING) public Trend frequency;
    @Enumerated(STRING) public Trend seriousness;
    public boolean provenReoffending;
    public String note;
    public UUID supersedesId;

    /** A new review of case {@code c}, recorded now by {@code recordedBy}. */
    static OutcomeReview of(CaseRef c, NewOutcomeReview body, String recordedBy, Instant now) {
        OutcomeReview r = new OutcomeReview();
        r.recordOf(c, recordedBy, now);
        r.reviewedOn = body.reviewedOn();
        r.periodFrom = body.periodFrom();
        r.periodTo = body.periodTo();
        r.frequency = body.frequency();
        r.seriousness = body.seriousness();
        r.provenReoffending = body.provenReoffending();
        r.note = body.note();
        r.supersedesId = body.supersedesReviewId();
        return r;
    }

    /** The review as the API shows it; a new one is superseded by none. */
    OutcomeReviewView view() {
        return new OutcomeReviewView(id, caseId, reviewedOn, periodFrom, periodTo, frequency, seriousness,
                provenReoffending, note, supersedesId, null, recordedBy, recordedAt);
    }
}
