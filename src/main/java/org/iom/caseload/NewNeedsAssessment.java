package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewNeedsAssessment", description = "A needs assessment to record as the case's current one")
public record NewNeedsAssessment(
        @Schema(description = "Date of the assessment: not in the future, not before the selection, not before the "
                + "current assessment", example = "2026-11-20", required = true)
        @NotNull
        LocalDate assessedOn,
        @Schema(required = true, description = Assessment.NEEDS,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        @NotNull
        Needs needs) {}
