package org.iom.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetentionReview")
public record RetentionReviewView(UUID id, UUID caseId, RetentionDecision decision, String reason, LocalDate dueOn,
        @Schema(nullable = true) LocalDate nextReviewOn, String recordedBy, Instant recordedAt) {}
