package org.iom.caseload;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.scheme.Cohort;

/** Documents the body of {@code PATCH /v1/cases/{caseId}}: merged into the case and validated as a {@link NewCase}. */
@Schema(name = "CasePatch", description = "JSON merge patch (RFC 7396): only the fields given change; null clears an "
        + "optional field (pncId, predictorScore, policeLead, probationLead, nextReviewOn). id, schemeId, crn, status, "
        + "exitedOn and exitReason cannot be changed (400 naming them); an exit is POST .../exit.")
public record CasePatch(
        @Schema(nullable = true, example = "2012/0123456Y", pattern = Pnc.PATTERN, maxLength = 13) String pncId,
        Cohort cohort,
        @Schema(example = "2026-09-01") LocalDate selectedOn,
        SelectionReason selectionReason,
        @Schema(description = Assessment.RISK,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        RiskLevel riskOfSeriousHarm,
        @Schema(nullable = true, minimum = "0", maximum = "99", example = "65", description = Assessment.PREDICTOR,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        Integer predictorScore,
        LeadAgency leadAgency,
        @Schema(nullable = true, maxLength = 200, example = "PC 1234 Patel") String policeLead,
        @Schema(nullable = true, maxLength = 200, example = "J. Okafor") String probationLead,
        @Schema(description = Assessment.RAG,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        CaseRag rag,
        @Schema(nullable = true, example = "2027-01-15") LocalDate nextReviewOn,
        @Schema(nullable = true, description = "Category of data subject (DPA 2018 s38(3)); null sets the cohort's "
                + "default") SubjectCategory subjectCategory) {}
