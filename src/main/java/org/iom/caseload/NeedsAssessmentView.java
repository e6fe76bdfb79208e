package org.iom.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NeedsAssessment", description = "A recorded needs assessment")
public record NeedsAssessmentView(
        @Schema(example = "0193a6c6-0a1b-7c2d-9e3f-405162738495") UUID id,
        @Schema(example = "2026-11-20") LocalDate assessedOn,
        @Schema(description = Assessment.NEEDS,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true)) Needs needs,
        @Schema(description = "Subject of the token that recorded it", example = "jane.practitioner", maxLength = 200)
        String recordedBy,
        @Schema(example = "2026-11-25T13:58:07Z") Instant recordedAt) {}
