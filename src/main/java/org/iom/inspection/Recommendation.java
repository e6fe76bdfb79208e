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

    public UUID inspectionId;
    public String number;
    public String kind;
    public String text;
    public boolean textVerified;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(200)[]")
    public String[] addressees;
    public String ownerOrganisation;
    public String ownerContact;
    public String theme;
    public String priority;
    public LocalDate targetDate;
    public int targetRevisions;
    public String status;
    public UUID supersededBy;
    public String responseDecision;
    public LocalDate responseDecidedOn;
    public String responseRationale;
    public String responseRecordedBy;
    public Instant responseRecordedAt;
    public String evidenceFigure;
    public Instant closedAt;
    public String closedBy;
    public String closureEvidence;
    public String createdBy;
}
