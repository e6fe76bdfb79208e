package org.iom.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iom.common.db.VersionedEntity;

/** A published inspection report (entity: never leaves the service layer). */
@Entity
@Table(name = "inspection")
public class Inspection extends VersionedEntity {

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(20)[]")
    public String[] inspectorates;
    public String kind;
    public LocalDate publishedOn;
    public LocalDate fieldworkFrom;
    public LocalDate fieldworkTo;
    public String url;
    public String summary;
    /** How many recommendations the report makes, as it declares (null: not recorded). */
    public Integer recommendationsDeclared;
    public boolean detailsVerified;
    public String source;
    public String createdBy;
}
