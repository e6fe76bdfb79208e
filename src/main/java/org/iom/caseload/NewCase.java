package org.iom.caseload;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.scheme.Cohort;

/** The body of {@code POST /v1/cases} (selection); also the shape a PATCH is merged into and validated as. */
@Schema(name = "NewCase", description = "A selection of a person onto a scheme")
public record NewCase(
        @Schema(description = "The scheme the person is selected onto", required = true,
                example = "0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c")
        @NotNull
        UUID schemeId,
        @Schema(description = "Probation case reference number: one letter and six digits", example = "X123456",
                pattern = CRN_PATTERN, maxLength = 7, required = true)
        @NotNull @Pattern(regexp = CRN_PATTERN, message = "must be one letter followed by six digits, e.g. X123456")
        String crn,
        @Schema(description = "Police National Computer id YYYY/NNNNNNNC; the check letter is verified", nullable = true,
                example = "2012/0123456Y", pattern = Pnc.PATTERN, maxLength = 13)
        @Pattern(regexp = Pnc.PATTERN, message = "must be YYYY/NNNNNNNC (year, 7-digit serial, check letter), e.g. 2012/0123456Y")
        String pncId,
        @Schema(description = "Must be one of the cohorts the scheme runs", required = true)
        @NotNull
        Cohort cohort,
        @Schema(description = "Date of the selection panel's decision: not in the future, not before the scheme launched",
                example = "2026-09-01", required = true)
        @NotNull
        LocalDate selectedOn,
        @Schema(required = true)
        @NotNull
        SelectionReason selectionReason,
        @Schema(required = true, description = Assessment.RISK,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        @NotNull
        RiskLevel riskOfSeriousHarm,
        @Schema(description = Assessment.PREDICTOR,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true),
                minimum = "0", maximum = "99", nullable = true, example = "72")
        @Min(value = 0, message = "must be from 0 to 99") @Max(value = 99, message = "must be from 0 to 99")
        Integer predictorScore,
        @Schema(required = true)
        @NotNull
        LeadAgency leadAgency,
        @Schema(description = "Named police lead", maxLength = 200, nullable = true, example = "PC 1234 Patel")
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String policeLead,
        @Schema(description = "Named probation lead", maxLength = 200, nullable = true, example = "J. Okafor")
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String probationLead,
        @Schema(required = true, description = Assessment.RAG,
                extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        @NotNull
        CaseRag rag,
        @Schema(description = "When the RAG status is next reviewed: not before selectedOn", nullable = true,
                example = "2026-12-01")
        LocalDate nextReviewOn,
        @Schema(description = "Category of data subject (DPA 2018 s38(3)). Optional: when absent, CONVICTED for the "
                + "FIXED and FLEX cohorts and SUSPECTED for FREE (a selection by local discretion asserts no conviction)",
                nullable = true)
        SubjectCategory subjectCategory) {

    public static final String CRN_PATTERN = "^[A-Z][0-9]{6}$";
}
