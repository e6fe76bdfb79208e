package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.scheme.Cohort;

@Schema(name = "CaseTransfer", description = "A move of the person to another scheme: the case exits (TRANSFERRED) and "
        + "a new case on the other scheme is selected, on the same date, with the case's other fields")
public record TransferRequest(
        @Schema(description = "The scheme the person moves to: another open scheme, one of the caller's", required = true,
                example = "0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6d")
        @NotNull
        UUID schemeId,
        @Schema(description = "The day of the move: the old case's exit and the new case's selection; not in the "
                + "future, not before the old case's selection", example = "2026-11-20", required = true)
        @NotNull
        LocalDate transferredOn,
        @Schema(description = "The new case's cohort; null keeps the case's (it must be one the new scheme runs)",
                nullable = true)
        Cohort cohort) {}
