package org.iom.caseload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
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

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false)
    public Trend frequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "seriousness", nullable = false)
    public Trend seriousness;

    @Column(name = "proven_reoffending", nullable = false)
    public boolean provenReoffending;

    @Column(name = "note")
    public String note;

    @Column(name = "supersedes_id")
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
