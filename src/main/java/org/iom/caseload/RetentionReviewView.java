package org.iom.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetentionReview", description = "A recorded retention review decision (ADR 0036)")
public record RetentionReviewView(
        @Schema(example = "0193a6c8-3c4d-7e5f-8a60-7b8c9d0e1f2a") UUID id,
        @Schema(example = "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f") UUID caseId,
        RetentionDecision decision,
        @Schema(maxLength = 2000, example = "Pending civil claim; review again after it closes") String reason,
        @Schema(description = "The review date the decision answered", example = "2032-11-20") LocalDate dueOn,
        @Schema(description = "For RETAIN: the next review date", nullable = true, example = "2034-11-20")
        LocalDate nextReviewOn,
        @Schema(description = "Subject of the token that recorded it", example = "a.admin", maxLength = 200)
        String recordedBy,
        @Schema(example = "2026-11-25T13:58:07Z") Instant recordedAt) {}
