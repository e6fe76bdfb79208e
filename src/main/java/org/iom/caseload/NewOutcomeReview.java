package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewOutcomeReview", description = "An outcome review of a case over a period")
public record NewOutcomeReview(
        @Schema(description = "Date of the review: not in the future", example = "2026-11-20", required = true)
        @NotNull
        LocalDate reviewedOn,
        @Schema(description = "Start of the period covered: not before the selection", example = "2026-05-01", required = true)
        @NotNull
        LocalDate periodFrom,
        @Schema(description = "End of the period covered: not before periodFrom, not after reviewedOn",
                example = "2026-10-31", required = true)
        @NotNull
        LocalDate periodTo,
        @Schema(description = "Reoffending frequency over the period", required = true)
        @NotNull
        Trend frequency,
        @Schema(description = "Reoffending seriousness over the period", required = true)
        @NotNull
        Trend seriousness,
        @Schema(description = "Whether the person was cautioned or convicted in the period", example = "false",
                required = true)
        @NotNull
        Boolean provenReoffending,
        @Schema(maxLength = 4000, nullable = true, example = "Engaging with drug treatment; stable accommodation since June.")
        @Size(max = 4000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String note,
        @Schema(description = "To correct an earlier review of this case: its id. A review is superseded at most once.",
                nullable = true, example = "0193a6c7-2b3c-7d4e-8f50-6a7b8c9d0e1f")
        UUID supersedesReviewId) {}
