package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewOutcomeReview")
public record NewOutcomeReview(
        @NotNull
        LocalDate reviewedOn,
        @NotNull
        LocalDate periodFrom,
        @NotNull
        LocalDate periodTo,
        @NotNull
        Trend frequency,
        @NotNull
        Trend seriousness,
        @NotNull
        Boolean provenReoffending,
        @Schema(nullable = true)
        @Size(max = 4000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String note,
        @Schema(nullable = true)
        UUID supersedesReviewId) {}
