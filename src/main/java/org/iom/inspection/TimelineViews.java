package org.iom.inspection;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response types of a recommendation's timeline (its progress entries). */
public final class TimelineViews {

    private TimelineViews() {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "RecommendationUpdate", description = "A timeline entry. Never edited or deleted.")
    public record UpdateView(
            @Schema(example = "01936f4f-0a1b-7c3d-8e9f-0a1b2c3d4e5f") UUID id,
            UpdateType type,
            @Schema(maxLength = 4000, example = "Evaluation specification agreed with the Home Office.") String note,
            @Schema(description = "STATUS_CHANGE: the new status") RecommendationStatus status,
            @Schema(description = "STATUS_CHANGE: the status before") RecommendationStatus previousStatus,
            @Schema(description = "STATUS_CHANGE to SUPERSEDED: the replacing recommendation") UUID supersededBy,
            @Schema(description = "TARGET_DATE_REVISION: the new target date", example = "2021-09-30") LocalDate targetDate,
            @Schema(description = "TARGET_DATE_REVISION: the target date before (null when it was the first)", example = "2021-03-31")
            LocalDate previousTargetDate,
            @Schema(description = "TARGET_DATE_REVISION: why the date moved", maxLength = 4000, example = "Procurement delayed by the pandemic.")
            String reason,
            @Schema(description = "STATUS_CHANGE: evidence (required when closing)", maxLength = 4000, example = "Evaluation report published.")
            String evidence,
            @Schema(description = "Who recorded it (token subject)", maxLength = 200, example = "oversight-secretariat") String recordedBy,
            @Schema(description = "When the server recorded it") Instant recordedAt) {}

    @Schema(name = "NewRecommendationUpdate", description = "A timeline entry to append. COMMENT: `note` required. STATUS_CHANGE:"
            + " `status` required (a legal transition), `evidence` required for a final status, `supersededBy` required"
            + " for SUPERSEDED, optional `note`; needs If-Match with the recommendation's ETag. TARGET_DATE_REVISION:"
            + " `targetDate` and `reason` required, optional `note`; needs If-Match. Fields that do not belong to the"
            + " type are a 400.")
    public record NewUpdate(
            @NotNull @Schema(required = true) UpdateType type,
            @Size(max = 4000) @Schema(maxLength = 4000, example = "Evaluation specification agreed with the Home Office.") String note,
            RecommendationStatus status,
            @Schema(description = "For SUPERSEDED: the id of the recommendation that replaces this one") UUID supersededBy,
            @Schema(example = "2021-09-30") LocalDate targetDate,
            @Size(max = 4000) @Schema(maxLength = 4000, example = "Procurement delayed by the pandemic.") String reason,
            @Size(max = 4000) @Schema(maxLength = 4000, example = "Evaluation report published.") String evidence) {}

    @Schema(name = "RecommendationUpdatePage", description = "A page of a recommendation's timeline, oldest first")
    public record UpdatePage(
            @Schema(maxItems = 200) List<UpdateView> items,
            @Schema(description = "Cursor of the next page; null on the last page", maxLength = 500) String nextCursor) {}
}
