package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseExit", description = "De-selection of a person from the scheme")
public record ExitRequest(
        @Schema(description = "Not before the selection date, not in the future", example = "2026-11-20", required = true)
        @NotNull
        LocalDate exitedOn,
        @Schema(required = true)
        @NotNull
        ExitReason reason) {}
