package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewNeedsAssessment")
public record NewNeedsAssessment(
        @NotNull
        LocalDate assessedOn,
        @Schema(extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        @NotNull
        Needs needs) {}
