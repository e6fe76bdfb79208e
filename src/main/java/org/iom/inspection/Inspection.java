package org.iom.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iom.common.db.VersionedEntity;
import org.iom.inspection.InspectionViews.InspectionPatch;
import org.iom.inspection.InspectionViews.InspectionView;

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

    /** Takes every field of {@code p} (a new inspection, or the inspection after a merge patch). */
    void apply(InspectionPatch p) {
        title = p.title().strip();
        inspectorates = p.inspectorates().stream().map(Enum::name).toArray(String[]::new);
        kind = p.kind().name();
        publishedOn = p.publishedOn();
        fieldworkFrom = p.fieldworkFrom();
        fieldworkTo = p.fieldworkTo();
        url = p.url();
        summary = p.summary();
        recommendationsDeclared = p.recommendationsDeclared();
        detailsVerified = p.detailsVerified();
        source = p.source();
    }

    /** The inspection as the body a PATCH is merged into. */
    InspectionPatch asPatch() {
        return new InspectionPatch(title, inspectorateList(), InspectionKind.valueOf(kind), publishedOn, fieldworkFrom,
                fieldworkTo, url, summary, recommendationsDeclared, detailsVerified, source);
    }

    /** The inspection as the API shows it, with the number of recommendations the register holds for it. */
    InspectionView view(long recommendationCount) {
        return new InspectionView(id, title, inspectorateList(), InspectionKind.valueOf(kind), publishedOn,
                fieldworkFrom, fieldworkTo, url, summary, recommendationCount, recommendationsDeclared, detailsVerified,
                source, createdBy, createdAt, updatedAt);
    }

    private List<Inspectorate> inspectorateList() {
        return Arrays.stream(inspectorates).map(Inspectorate::valueOf).toList();
    }
}
