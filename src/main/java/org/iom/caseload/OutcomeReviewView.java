package org.iom.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeReview")
public record OutcomeReviewView(UUID id, UUID caseId, LocalDate reviewedOn, LocalDate periodFrom, LocalDate periodTo,
        Trend frequency, Trend seriousness, boolean provenReoffending, @Schema(nullable = true) String note,
        @Schema(nullable = true) UUID supersedesReviewId, @Schema(nullable = true) UUID supersededByReviewId,
        String recordedBy, Instant recordedAt) {}
