package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /v1/cases/{caseId}/retention-reviews}: a retention review's decision. */
@Schema(name = "NewRetentionReview")
public record NewRetentionReview(
        @NotNull RetentionDecision decision,
        @NotNull @Size(max = 2000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String reason,
        @Schema(nullable = true)
        LocalDate nextReviewOn) {}
