package org.iom.caseload;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.scheme.Cohort;

@Schema(name = "Case")
public record CaseView(
        UUID id,
        UUID schemeId,
        String schemeCode,
        String crn,
        @Schema(nullable = true) String pncId,
        Cohort cohort,
        LocalDate selectedOn,
        SelectionReason selectionReason,
        @Schema(extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        RiskLevel riskOfSeriousHarm,
        @Schema(nullable = true, extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        Integer predictorScore,
        LeadAgency leadAgency,
        @Schema(nullable = true) String policeLead,
        @Schema(nullable = true) String probationLead,
        @Schema(extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        CaseRag rag,
        @Schema(nullable = true) LocalDate nextReviewOn,
        boolean reviewOverdue,
        CaseStatus status,
        @Schema(nullable = true) LocalDate exitedOn,
        @Schema(nullable = true) ExitReason exitReason,
        SubjectCategory subjectCategory,
        @Schema(nullable = true) LocalDate retentionReviewOn,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true) String selectedBy,
        @Schema(nullable = true) String selectedByName,
        @Schema(nullable = true) String exitedBy,
        @Schema(nullable = true) String exitedByName,
        @Schema(nullable = true) String updatedBy,
        @Schema(nullable = true) String updatedByName,
        @Schema(nullable = true) UUID transferredFromCaseId,
        @Schema(nullable = true) UUID transferredToCaseId,
        @Schema(hidden = true) @JsonIgnore long version) {}
