package org.iom.caseload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An outcome review: append-only; a wrong one is corrected by a new one that supersedes it. */
@Entity
@Immutable
@Table(name = "outcome_review")
public class OutcomeReview {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "scheme_id", nullable = false)
    public UUID schemeId;

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

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
