package org.iom.scheme;

import static jakarta.persistence.EnumType.STRING;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iom.common.db.VersionedEntity;

/** An IOM scheme (entity: never leaves {@link SchemeService}). */
@Entity
@Table(name = "scheme")
public class Scheme extends VersionedEntity {

    @Column(updatable = false)
    public String code;
    public String name;
    public String policeForceId;
    public String probationRegionCode;
    public LocalDate launchedOn;
    @Enumerated(STRING) public SchemeStatus status;
    @Enumerated(STRING) public SchemeSetting setting;

    @JdbcTypeCode(SqlTypes.ARRAY)

    public String[] cohorts;
    public boolean coLocated;
    public boolean sharedCaseSystem;
    public String contactName;
    public String contactEmail;
    public String contactPhone;
}
