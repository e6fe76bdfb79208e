package org.iom.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
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

    @Column(name = "code", nullable = false, updatable = false)
    public String code;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "police_force_id", nullable = false)
    public String policeForceId;

    @Column(name = "probation_region_code", nullable = false)
    public String probationRegionCode;

    @Column(name = "launched_on")
    public LocalDate launchedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SchemeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting", nullable = false)
    public SchemeSetting setting;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cohorts", nullable = false)
    public String[] cohorts;

    @Column(name = "co_located", nullable = false)
    public boolean coLocated;

    @Column(name = "shared_case_system", nullable = false)
    public boolean sharedCaseSystem;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;
}
