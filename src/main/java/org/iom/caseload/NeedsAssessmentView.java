package org.iom.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NeedsAssessment")
public record NeedsAssessmentView(
        UUID id,
        LocalDate assessedOn,
        @Schema(extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true)) Needs needs,
        String recordedBy,
        Instant recordedAt) {}
