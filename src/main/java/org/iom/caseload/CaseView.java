package org.iom.caseload;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.scheme.Cohort;

@Schema(name = "Case", description = "A person's time on one IOM scheme, from selection to exit")
public record CaseView(
        @Schema(description = "Id (UUID v7)", example = "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f") UUID id,
        @Schema(example = "0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c") UUID schemeId,
        @Schema(description = "The scheme's code", example = "WMP-BHAM", maxLength = 20) String schemeCode,
        @Schema(example = "X123456", pattern = NewCase.CRN_PATTERN, maxLength = 7) String crn,
        @Schema(nullable = true, example = "2012/0123456Y", pattern = Pnc.PATTERN, maxLength = 13) String pncId,
        Cohort cohort,
        @Schema(example = "2026-09-01") LocalDate selectedOn,
        SelectionReason selectionReason,
        @Schema(description = Assessment.RISK,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        RiskLevel riskOfSeriousHarm,
        @Schema(nullable = true, minimum = "0", maximum = "99", example = "72", description = Assessment.PREDICTOR,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        Integer predictorScore,
        LeadAgency leadAgency,
        @Schema(nullable = true, maxLength = 200, example = "PC 1234 Patel") String policeLead,
        @Schema(nullable = true, maxLength = 200, example = "J. Okafor") String probationLead,
        @Schema(description = Assessment.RAG,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        CaseRag rag,
        @Schema(nullable = true, example = "2026-12-01") LocalDate nextReviewOn,
        @Schema(description = "True when the case is ACTIVE and nextReviewOn is before today (UK time)", example = "false")
        boolean reviewOverdue,
        CaseStatus status,
        @Schema(nullable = true, example = "2026-11-20", description = "Set by the exit") LocalDate exitedOn,
        @Schema(nullable = true, description = "Set by the exit") ExitReason exitReason,
        SubjectCategory subjectCategory,
        @Schema(nullable = true, example = "2032-11-20", description = "When the exited case's retention is next "
                + "reviewed (set by the exit: iom.retention.review-after, 6 years by default; moved by a RETAIN "
                + "decision); null while the case is active") LocalDate retentionReviewOn,
        @Schema(example = "2026-11-25T13:58:07Z") Instant createdAt,
        @Schema(example = "2026-11-25T13:58:07Z") Instant updatedAt,
        @Schema(nullable = true, maxLength = 200, description = "Who selected the person (the token's subject); null "
                + "for a case selected before this was recorded", example = "4f1c2a9e-practitioner") String selectedBy,
        @Schema(nullable = true, maxLength = 200, description = "Their name (the token's name or preferred_username)",
                example = "Jo Okafor") String selectedByName,
        @Schema(nullable = true, maxLength = 200, description = "Who exited the case (the token's subject)",
                example = "4f1c2a9e-practitioner") String exitedBy,
        @Schema(nullable = true, maxLength = 200, description = "Their name", example = "Jo Okafor") String exitedByName,
        @Schema(nullable = true, maxLength = 200, description = "Who made the last change (the token's subject), at "
                + "updatedAt", example = "4f1c2a9e-practitioner") String updatedBy,
        @Schema(nullable = true, maxLength = 200, description = "Their name", example = "Jo Okafor") String updatedByName,
        @Schema(nullable = true, description = "The case on another scheme this one was transferred from",
                example = "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e00") UUID transferredFromCaseId,
        @Schema(nullable = true, description = "The case on another scheme this one was transferred to (exitReason "
                + "TRANSFERRED)", example = "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e11") UUID transferredToCaseId,
        @Schema(hidden = true) @JsonIgnore long version) {}
