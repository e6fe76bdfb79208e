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
@Schema(name = "NewCase")
public record NewCase(
        @NotNull
        UUID schemeId,
        @NotNull @Pattern(regexp = CRN_PATTERN, message = "must be one letter followed by six digits, e.g. X123456")
        String crn,
        @Schema(nullable = true)
        @Pattern(regexp = Pnc.PATTERN, message = "must be YYYY/NNNNNNNC (year, 7-digit serial, check letter), e.g. 2012/0123456Y")
        String pncId,
        @NotNull
        Cohort cohort,
        @NotNull
        LocalDate selectedOn,
        @NotNull
        SelectionReason selectionReason,
        @Schema(extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        @NotNull
        RiskLevel riskOfSeriousHarm,
        @Schema(extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true), nullable = true)
        @Min(value = 0, message = "must be from 0 to 99") @Max(value = 99, message = "must be from 0 to 99")
        Integer predictorScore,
        @NotNull
        LeadAgency leadAgency,
        @Schema(nullable = true)
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String policeLead,
        @Schema(nullable = true)
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String probationLead,
        @Schema(extensions = @Extension(name = Assessment.EXTENSION, value = "true", parseValue = true))
        @NotNull
        CaseRag rag,
        @Schema(nullable = true)
        LocalDate nextReviewOn,
        @Schema(nullable = true)
        SubjectCategory subjectCategory) {

    public static final String CRN_PATTERN = "^[A-Z][0-9]{6}$";
}
