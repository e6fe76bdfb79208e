package org.iom.statistics;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.scheme.Cohort;

/** The query of {@code GET /v1/statistics/outcomes} ({@code @BeanParam}); docs in openapi/statistics.yaml. */
public record OutcomeParams(
        @QueryParam("from") @StatisticsDate @Schema(pattern = StatisticsDate.PATTERN, description = "From "
                + StatisticsDate.EARLIEST + " to " + StatisticsDate.LATEST) LocalDate from,
        @QueryParam("to") @StatisticsDate @Schema(pattern = StatisticsDate.PATTERN, description = "From "
                + StatisticsDate.EARLIEST + " to " + StatisticsDate.LATEST) LocalDate to,
        @QueryParam("groupBy") @DefaultValue("NATION") @Schema(type = SchemaType.STRING) GroupBy groupBy,
        @QueryParam("schemeId") @Size(max = MAX_SCHEME_IDS, message = SCHEME_IDS) List<UUID> schemeId,
        @QueryParam("policeForceId") String policeForceId,
        @QueryParam("probationRegionCode") String probationRegionCode,
        @QueryParam("cohort") @Schema(type = SchemaType.STRING) Cohort cohort) implements StatisticsFilter {}
