package org.iom.caseload;

import static jakarta.persistence.EnumType.STRING;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iom.common.db.VersionedEntity;
import org.iom.scheme.Cohort;

/** A person's time on one scheme, from selection to exit (entity: never leaves the caseload services). */
@Entity
@Table(name = "iom_case")
public class IomCase extends VersionedEntity {

    @Column(updatable = false)
    public UUID schemeId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false, length = 7)
    public String crn;
    public String pncId;

    /** When the personal data was erased (the row stays, anonymised, for statistics); null for a live case. */
    @Column(updatable = false)
    public Instant erasedAt;
    @Enumerated(STRING) public Cohort cohort;
    public LocalDate selectedOn;
    @Enumerated(STRING) public SelectionReason selectionReason;
    @Enumerated(STRING) public RiskLevel riskOfSeriousHarm;
    public Short predictorScore;
    @Enumerated(STRING) public LeadAgency leadAgency;
    public String policeLead;
    public String probationLead;
    @Enumerated(STRING) public CaseRag rag;
    public LocalDate nextReviewOn;
    @Enumerated(STRING) public CaseStatus status;
    public LocalDate exitedOn;
    @Enumerated(STRING) public ExitReason exitReason;
    @Enumerated(STRING) public SubjectCategory subjectCategory;
    /** The next retention review of an exited case (ADR 0036); null while active. */
    public LocalDate retentionReviewOn;
    @Column(updatable = false)
    public String selectedBy;
    @Column(updatable = false)
    public String selectedByName;
    public String exitedBy;
    public String exitedByName;
    public String updatedBy;
    public String updatedByName;
    @Column(updatable = false)
    public UUID transferredFromCaseId;
    public UUID transferredToCaseId;

    /** A new ACTIVE case of the person {@code body} selects onto {@code schemeId}. */
    static IomCase selected(NewCase body, UUID schemeId, Instant now, Actor by) {
        IomCase c = new IomCase();
        c.created(now);
        c.schemeId = schemeId;
        c.crn = body.crn();
        c.status = CaseStatus.ACTIVE;
        c.selectedBy = by.subject();
        c.selectedByName = by.name();
        c.changedBy(by);
        c.apply(body);
        return c;
    }

    /** Takes every changeable field from {@code body} (a selection, or the case after a merge patch). */
    void apply(NewCase body) {
        pncId = body.pncId();
        cohort = body.cohort();
        selectedOn = body.selectedOn();
        selectionReason = body.selectionReason();
        riskOfSeriousHarm = body.riskOfSeriousHarm();
        predictorScore = body.predictorScore() == null ? null : body.predictorScore().shortValue();
        leadAgency = body.leadAgency();
        policeLead = body.policeLead();
        probationLead = body.probationLead();
        rag = body.rag();
        nextReviewOn = body.nextReviewOn();
        subjectCategory = SubjectCategory.orDefault(body.subjectCategory(), body.cohort());
    }

    /** Who made the latest change. */
    void changedBy(Actor by) {
        updatedBy = by.subject();
        updatedByName = by.name();
    }

    /** Exits the case on {@code exitedOn} for {@code reason}, by {@code by}. */
    void exit(LocalDate on, ExitReason reason, Actor by, Instant now) {
        status = CaseStatus.EXITED;
        exitedOn = on;
        exitReason = reason;
        exitedBy = by.subject();
        exitedByName = by.name();
        changedBy(by);
        updatedAt = now;
    }

    /** The case as the body a PATCH is merged into. */
    NewCase asNewCase() {
        return new NewCase(schemeId, crn, pncId, cohort, selectedOn, selectionReason, riskOfSeriousHarm, score(),
                leadAgency, policeLead, probationLead, rag, nextReviewOn, subjectCategory);
    }

    CaseView view(String schemeCode, LocalDate today) {
        boolean overdue = status == CaseStatus.ACTIVE && nextReviewOn != null && nextReviewOn.isBefore(today);
        return new CaseView(id, schemeId, schemeCode, crn, pncId, cohort, selectedOn, selectionReason,
                riskOfSeriousHarm, score(), leadAgency, policeLead, probationLead, rag, nextReviewOn, overdue, status,
                exitedOn, exitReason, subjectCategory, retentionReviewOn, createdAt, updatedAt, selectedBy, selectedByName,
                exitedBy, exitedByName, updatedBy, updatedByName, transferredFromCaseId, transferredToCaseId, version);
    }

    /** What the operations on one case check, as the visibility check reads it. */
    CaseRef ref() {
        return new CaseRef(id, schemeId, status, selectedOn, exitedOn, version);
    }

    private Integer score() {
        return predictorScore == null ? null : predictorScore.intValue();
    }
}
