package org.iom.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeReview", description = "An outcome review (append-only; corrected by a newer review that supersedes it)")
public record OutcomeReviewView(
        @Schema(example = "0193a6c7-2b3c-7d4e-8f50-6a7b8c9d0e1f") UUID id,
        @Schema(example = "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f") UUID caseId,
        @Schema(example = "2026-11-20") LocalDate reviewedOn,
        @Schema(example = "2026-05-01") LocalDate periodFrom,
        @Schema(example = "2026-10-31") LocalDate periodTo,
        Trend frequency,
        Trend seriousness,
        @Schema(example = "false") boolean provenReoffending,
        @Schema(nullable = true, maxLength = 4000, example = "Engaging with drug treatment.") String note,
        @Schema(description = "The review this one corrects", nullable = true) UUID supersedesReviewId,
        @Schema(description = "The review that corrects this one; null while this one stands", nullable = true)
        UUID supersededByReviewId,
        @Schema(description = "Subject of the token that recorded it", example = "jane.practitioner", maxLength = 200)
        String recordedBy,
        @Schema(example = "2026-11-25T13:58:07Z") Instant recordedAt) {}
