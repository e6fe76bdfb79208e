package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /v1/cases/{caseId}/retention-reviews}: a retention review's decision. */
@Schema(name = "NewRetentionReview", description = "A retention review's decision on an exited case that is due")
public record NewRetentionReview(
        @Schema(required = true) @NotNull RetentionDecision decision,
        @Schema(description = "Why: the grounds of the decision (required for both decisions)", maxLength = 2000,
                required = true, example = "Pending civil claim; review again after it closes")
        @NotNull @Size(max = 2000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String reason,
        @Schema(description = "For RETAIN (required): the next review date, after today. For ERASE: absent or null",
                nullable = true, example = "2029-12-01")
        LocalDate nextReviewOn) {}
