package org.iom.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.scheme.Cohort;

/** The query of {@code GET /v1/statistics/needs} ({@code @BeanParam}); docs in openapi/statistics.yaml. */
public record NeedsParams(
        @QueryParam("asOf") @StatisticsDate @Schema(pattern = StatisticsDate.PATTERN, description = "From "
                + StatisticsDate.EARLIEST + " to " + StatisticsDate.LATEST) LocalDate asOf,
        @QueryParam("groupBy") @DefaultValue("NATION") @Schema(type = SchemaType.STRING) GroupBy groupBy,
        @QueryParam("schemeId") @Size(max = MAX_SCHEME_IDS, message = SCHEME_IDS) List<UUID> schemeId,
        @QueryParam("policeForceId") String policeForceId,
        @QueryParam("probationRegionCode") String probationRegionCode,
        @QueryParam("cohort") @Schema(type = SchemaType.STRING) Cohort cohort,
        @QueryParam("assessedWithinMonths") @Min(value = 1, message = MONTHS) @Max(value = MAX_MONTHS, message = MONTHS)
        Integer assessedWithinMonths) implements StatisticsFilter {

    static final int MAX_MONTHS = 120;
    static final String MONTHS = "must be between 1 and " + MAX_MONTHS;

    /** The first day an assessment may be dated to count, or null when any assessment on or before asOf counts. */
    LocalDate assessedFrom(LocalDate asOf) {
        return assessedWithinMonths == null ? null : Period.monthsTo(asOf, assessedWithinMonths).from();
    }
}
