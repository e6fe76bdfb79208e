package org.iom.statistics;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The query of {@code GET /v1/statistics/caseload} ({@code @BeanParam}); docs in openapi/statistics.yaml. */
public record CaseloadParams(
        @QueryParam("asOf") @StatisticsDate @Schema(pattern = StatisticsDate.PATTERN, description = "From "
                + StatisticsDate.EARLIEST + " to " + StatisticsDate.LATEST) LocalDate asOf,
        @QueryParam("from") @StatisticsDate @Schema(pattern = StatisticsDate.PATTERN, description = "From "
                + StatisticsDate.EARLIEST + " to " + StatisticsDate.LATEST) LocalDate from,
        @QueryParam("to") @StatisticsDate @Schema(pattern = StatisticsDate.PATTERN, description = "From "
                + StatisticsDate.EARLIEST + " to " + StatisticsDate.LATEST) LocalDate to,
        @Valid @BeanParam StatisticsFilterParams filter) {}
