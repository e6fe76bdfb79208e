package org.iom.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iom.common.db.VersionedEntity;

/** One recommendation (or area for improvement, ...) of an inspection (entity: never leaves the service layer). */
@Entity
@Table(name = "recommendation")
public class Recommendation extends VersionedEntity {

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Column(name = "number")
    public String number;

    @Column(name = "kind")
    public String kind;

    @Column(name = "text")
    public String text;

    @Column(name = "text_verified")
    public boolean textVerified;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "addressees", columnDefinition = "varchar(200)[]")
    public String[] addressees;

    @Column(name = "owner_organisation")
    public String ownerOrganisation;

    @Column(name = "owner_contact")
    public String ownerContact;

    @Column(name = "theme")
    public String theme;

    @Column(name = "priority")
    public String priority;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(name = "target_revisions")
    public int targetRevisions;

    @Column(name = "status")
    public String status;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "response_decision")
    public String responseDecision;

    @Column(name = "response_decided_on")
    public LocalDate responseDecidedOn;

    @Column(name = "response_rationale")
    public String responseRationale;

    @Column(name = "response_recorded_by")
    public String responseRecordedBy;

    @Column(name = "response_recorded_at")
    public Instant responseRecordedAt;

    @Column(name = "evidence_figure")
    public String evidenceFigure;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closure_evidence")
    public String closureEvidence;

    @Column(name = "created_by")
    public String createdBy;
}
