package org.iom.statistics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The query of {@code GET /v1/statistics/needs} ({@code @BeanParam}); docs in openapi/statistics.yaml. */
public record NeedsParams(
        @QueryParam("asOf") @StatisticsDate @Schema(pattern = StatisticsDate.PATTERN, description = "From "
                + StatisticsDate.EARLIEST + " to " + StatisticsDate.LATEST) LocalDate asOf,
        @Valid @BeanParam StatisticsFilterParams filter,
        @QueryParam("assessedWithinMonths") @Min(value = 1, message = MONTHS) @Max(value = MAX_MONTHS, message = MONTHS)
        Integer assessedWithinMonths) {

    static final int MAX_MONTHS = 120;
    static final String MONTHS = "must be between 1 and " + MAX_MONTHS;

    /** The first day an assessment may be dated to count, or null when any assessment on or before asOf counts. */
    LocalDate assessedFrom(LocalDate asOf) {
        return assessedWithinMonths == null ? null : Period.monthsTo(asOf, assessedWithinMonths).from();
    }
}
