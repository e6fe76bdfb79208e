package org.iom.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iom.common.db.VersionedEntity;

/** A meeting of an oversight group (entity: never leaves the service layer). */
@Entity
@Table(name = "oversight_meeting")
public class Meeting extends VersionedEntity {

    public String meetingGroup;
    public LocalDate heldOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(200)[]")
    public String[] organisations;
    public String minutesUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    public UUID[] inspectionIds;
    public String createdBy;
}
