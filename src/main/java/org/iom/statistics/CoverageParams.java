package org.iom.statistics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The query of {@code GET /v1/statistics/coverage} ({@code @BeanParam}); docs in openapi/statistics.yaml. */
public record CoverageParams(
        @QueryParam("asOf") @StatisticsDate @Schema(pattern = StatisticsDate.PATTERN, description = "From "
                + StatisticsDate.EARLIEST + " to " + StatisticsDate.LATEST) LocalDate asOf,
        @QueryParam("months") @DefaultValue("" + DEFAULT_MONTHS) @Min(value = 1, message = MONTHS)
        @Max(value = MAX_MONTHS, message = MONTHS) Integer months,
        @QueryParam("minShare") @DefaultValue(DEFAULT_MIN_SHARE) @DecimalMin(value = "0", inclusive = false,
                message = MIN_SHARE) @DecimalMax(value = "1", message = MIN_SHARE)
        @Schema(multipleOf = 0.0001, extensions = @Extension(name = "x-max-decimals", value = "4", parseValue = true))
        BigDecimal minShare,
        @Valid @BeanParam StatisticsFilterParams filter) {

    static final int DEFAULT_MONTHS = 12;
    static final int MAX_MONTHS = 120;
    static final String MONTHS = "must be between 1 and " + MAX_MONTHS;
    static final String DEFAULT_MIN_SHARE = "0.5";
    static final String MIN_SHARE = "must be a fraction greater than 0 and at most 1, with at most 4 decimals";

    /** Coverage is a property of schemes and forces: no grouping by cohort. */
    @AssertTrue(message = "must be one of SCHEME, FORCE, REGION, NATION (coverage is a property of schemes and forces;"
            + " filter by cohort instead)")
    boolean isGroupBy() {
        return filter == null || filter.groupBy() != GroupBy.COHORT;
    }

    /** At most four decimals as written (0.50000 has five). */
    @AssertTrue(message = MIN_SHARE)
    boolean isMinShare() {
        return minShare == null || minShare.scale() <= 4;
    }

    /** The window's length (an empty parameter counts as absent). */
    int windowMonths() {
        return months == null ? DEFAULT_MONTHS : months;
    }

    /** The share of active cases reviewed at which a scheme or force measures impact. */
    BigDecimal share() {
        return minShare == null ? new BigDecimal(DEFAULT_MIN_SHARE) : minShare;
    }
}
