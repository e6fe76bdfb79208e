package org.iom.caseload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iom.scheme.Cohort;

/** A person's time on one scheme, from selection to exit (entity: never leaves the caseload services). */
@Entity
@Table(name = "iom_case")
public class IomCase {

    @Id
    @Column(name = "id")
    public UUID id;

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
    public Rag rag;

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

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
