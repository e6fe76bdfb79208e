package org.iom.caseload;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetentionDue", description = "An exited case whose retention review is due (ADR 0036)")
public record RetentionDue(
        @Schema(example = "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f") UUID caseId,
        @Schema(example = "0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c") UUID schemeId,
        @Schema(description = "The scheme's code", example = "WMP-BHAM", maxLength = 20) String schemeCode,
        @Schema(example = "X123456", pattern = NewCase.CRN_PATTERN, maxLength = 7) String crn,
        SubjectCategory subjectCategory,
        @Schema(example = "2026-11-20") LocalDate exitedOn,
        ExitReason exitReason,
        @Schema(description = "When the review is due", example = "2032-11-20") LocalDate retentionReviewOn,
        @Schema(description = "The case's latest retention review decision; ERASE means it awaits erasure",
                nullable = true) RetentionDecision lastDecision) {}
