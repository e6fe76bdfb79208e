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

    @Column(name = "title")
    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "inspectorates", columnDefinition = "varchar(20)[]")
    public String[] inspectorates;

    @Column(name = "kind")
    public String kind;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "fieldwork_from")
    public LocalDate fieldworkFrom;

    @Column(name = "fieldwork_to")
    public LocalDate fieldworkTo;

    @Column(name = "url")
    public String url;

    @Column(name = "summary")
    public String summary;

    /** How many recommendations the report makes, as it declares (null: not recorded). */
    @Column(name = "recommendations_declared")
    public Integer recommendationsDeclared;

    @Column(name = "details_verified")
    public boolean detailsVerified;

    @Column(name = "source")
    public String source;

    @Column(name = "created_by")
    public String createdBy;
}
