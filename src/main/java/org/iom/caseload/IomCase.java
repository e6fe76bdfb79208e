package org.iom.caseload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iom.common.Ids;
import org.iom.common.db.VersionedEntity;
import org.iom.scheme.Cohort;

/** A person's time on one scheme, from selection to exit (entity: never leaves the caseload services). */
@Entity
@Table(name = "iom_case")
public class IomCase extends VersionedEntity {

    @Column(name = "scheme_id", nullable = false, updatable = false)
    public UUID schemeId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "crn", updatable = false, length = 7)
    public String crn;

    @Column(name = "pnc_id")
    public String pncId;

    /** When the personal data was erased (the row stays, anonymised, for statistics); null for a live case. */
    @Column(name = "erased_at", updatable = false)
    public Instant erasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cohort", nullable = false)
    public Cohort cohort;

    @Column(name = "selected_on", nullable = false)
    public LocalDate selectedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "selection_reason", nullable = false)
    public SelectionReason selectionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_of_serious_harm", nullable = false)
    public RiskLevel riskOfSeriousHarm;

    @Column(name = "predictor_score")
    public Short predictorScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_agency", nullable = false)
    public LeadAgency leadAgency;

    @Column(name = "police_lead")
    public String policeLead;

    @Column(name = "probation_lead")
    public String probationLead;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag", nullable = false)
    public CaseRag rag;

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public CaseStatus status;

    @Column(name = "exited_on")
    public LocalDate exitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason")
    public ExitReason exitReason;

    /** A new ACTIVE case of the person {@code body} selects onto {@code schemeId}. */
    static IomCase selected(NewCase body, UUID schemeId, Instant now) {
        IomCase c = new IomCase();
        c.id = Ids.newId();
        c.schemeId = schemeId;
        c.crn = body.crn();
        c.status = CaseStatus.ACTIVE;
        c.createdAt = now;
        c.updatedAt = now;
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
    }

    /** The case as the body a PATCH is merged into. */
    NewCase asNewCase() {
        return new NewCase(schemeId, crn, pncId, cohort, selectedOn, selectionReason, riskOfSeriousHarm, score(),
                leadAgency, policeLead, probationLead, rag, nextReviewOn);
    }

    CaseView view(String schemeCode, LocalDate today) {
        boolean overdue = status == CaseStatus.ACTIVE && nextReviewOn != null && nextReviewOn.isBefore(today);
        return new CaseView(id, schemeId, schemeCode, crn, pncId, cohort, selectedOn, selectionReason,
                riskOfSeriousHarm, score(), leadAgency, policeLead, probationLead, rag, nextReviewOn, overdue, status,
                exitedOn, exitReason, createdAt, updatedAt, version);
    }

    /** What the operations on one case check, as the visibility check reads it. */
    CaseRef ref() {
        return new CaseRef(id, schemeId, status, selectedOn, exitedOn, version);
    }

    private Integer score() {
        return predictorScore == null ? null : predictorScore.intValue();
    }
}
