package org.iom.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

/** Request and response types of a recommendation's timeline (its progress entries). */
public final class TimelineViews {

    private TimelineViews() {}

    @Schema(name = "RecommendationUpdate")
    public record UpdateView(UUID id, UpdateType type, @Schema(nullable = true) String note,
            @Schema(nullable = true) RecommendationStatus status,
            @Schema(nullable = true) RecommendationStatus previousStatus, @Schema(nullable = true) UUID supersededBy,
            @Schema(nullable = true) LocalDate targetDate, @Schema(nullable = true) LocalDate previousTargetDate,
            @Schema(nullable = true) String reason, @Schema(nullable = true) String evidence, String recordedBy,
            Instant recordedAt, @Schema(nullable = true) UUID actionId,
            @Schema(nullable = true) ActionStatus actionStatus, @Schema(nullable = true) LocalDate dueDate,
            @Schema(nullable = true) LocalDate previousDueDate, @Schema(nullable = true) UUID meetingId,
            @Schema(nullable = true) MeetingDecision decision) {}

    @Schema(name = "NewRecommendationUpdate",
            oneOf = {NewComment.class, NewStatusChange.class, NewTargetDateRevision.class, NewActionAdded.class,
                NewActionDueDateRevision.class, NewActionStatusChange.class, NewDecision.class},
            discriminatorProperty = "type", discriminatorMapping = {
                @DiscriminatorMapping(value = "COMMENT", schema = NewComment.class),
                @DiscriminatorMapping(value = "STATUS_CHANGE", schema = NewStatusChange.class),
                @DiscriminatorMapping(value = "TARGET_DATE_REVISION", schema = NewTargetDateRevision.class),
                @DiscriminatorMapping(value = "ACTION_ADDED", schema = NewActionAdded.class),
                @DiscriminatorMapping(value = "ACTION_DUE_DATE_REVISION", schema = NewActionDueDateRevision.class),
                @DiscriminatorMapping(value = "ACTION_STATUS_CHANGE", schema = NewActionStatusChange.class),
                @DiscriminatorMapping(value = "DECISION", schema = NewDecision.class)})
    public record NewUpdate(@NotNull UpdateType type, @Size(max = 4000) String note, RecommendationStatus status,
            UUID supersededBy, LocalDate targetDate, @Size(max = 4000) String reason, @Size(max = 4000) String evidence,
            @Size(max = 2000) String description, @Valid ActionViews.ActionOwner actionOwner, UUID actionId,
            LocalDate dueDate, ActionStatus actionStatus, UUID meetingId, MeetingDecision decision) {}

    // The three kinds of NewRecommendationUpdate, for the contract only: the service reads every kind as a NewUpdate.

    @Schema(name = "NewRecommendationComment", extensions = @Extension(name = "x-if-match", value = "optional"))
    record NewComment(@Schema(required = true) String type, @Schema(required = true) String note) {}

    @Schema(name = "NewRecommendationStatusChange", extensions = @Extension(name = "x-if-match", value = "required"))
    record NewStatusChange(@Schema(required = true) String type, @Schema(required = true) RecommendationStatus status,
            String evidence, UUID supersededBy, String note) {}

    @Schema(name = "NewRecommendationTargetDateRevision",
            extensions = @Extension(name = "x-if-match", value = "required"))
    record NewTargetDateRevision(@Schema(required = true) String type, @Schema(required = true) LocalDate targetDate,
            @Schema(required = true) String reason, String note) {}

    @Schema(name = "NewRecommendationActionAdded", extensions = @Extension(name = "x-if-match", value = "required"))
    record NewActionAdded(@Schema(required = true) String type, @Schema(required = true) String description,
            @Schema(required = true) ActionViews.ActionOwner actionOwner, @Schema(required = true) LocalDate dueDate,
            String note) {}

    @Schema(name = "NewRecommendationActionDueDateRevision",
            extensions = @Extension(name = "x-if-match", value = "required"))
    record NewActionDueDateRevision(@Schema(required = true) String type, @Schema(required = true) UUID actionId,
            @Schema(required = true) LocalDate dueDate, @Schema(required = true) String reason, String note) {}

    @Schema(name = "NewRecommendationActionStatusChange",
            extensions = @Extension(name = "x-if-match", value = "required"))
    record NewActionStatusChange(@Schema(required = true) String type, @Schema(required = true) UUID actionId,
            @Schema(required = true) String actionStatus, String evidence, String reason, String note) {}

    @Schema(name = "NewRecommendationDecision", extensions = @Extension(name = "x-if-match", value = "optional"))
    record NewDecision(@Schema(required = true) String type, @Schema(required = true) UUID meetingId,
            @Schema(required = true) MeetingDecision decision, UUID actionId, String note) {}

    @Schema(name = "RecommendationUpdatePage")
    public record UpdatePage(List<UpdateView> items,
            @Schema(nullable = true) String nextCursor) implements CursorPage {}
}
