package org.iom.caseload;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.scheme.Cohort;

/** Documents the body of {@code PATCH /v1/cases/{caseId}}: merged into the case and validated as a {@link NewCase}. */
@Schema(name = "CasePatch")
public record CasePatch(
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
        @Schema(nullable = true) SubjectCategory subjectCategory) {}
