package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.scheme.Cohort;

@Schema(name = "CaseTransfer")
public record TransferRequest(@NotNull UUID schemeId, @NotNull LocalDate transferredOn,
        @Schema(nullable = true) Cohort cohort) {}
