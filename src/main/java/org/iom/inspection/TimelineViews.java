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

    @Schema(name = "RecommendationUpdate", description = "A timeline entry. Never edited or deleted.")
    public record UpdateView(
            @Schema(example = "01936f4f-0a1b-7c3d-8e9f-0a1b2c3d4e5f") UUID id,
            UpdateType type,
            @Schema(nullable = true, maxLength = 4000, example = "Evaluation specification agreed with the Home Office.") String note,
            @Schema(nullable = true, description = "STATUS_CHANGE: the new status") RecommendationStatus status,
            @Schema(nullable = true, description = "STATUS_CHANGE: the status before") RecommendationStatus previousStatus,
            @Schema(nullable = true, description = "STATUS_CHANGE to SUPERSEDED: the replacing recommendation") UUID supersededBy,
            @Schema(nullable = true, description = "TARGET_DATE_REVISION: the new target date", example = "2021-09-30") LocalDate targetDate,
            @Schema(nullable = true, description = "TARGET_DATE_REVISION: the target date before (null when it was the first)", example = "2021-03-31")
            LocalDate previousTargetDate,
            @Schema(nullable = true, description = "TARGET_DATE_REVISION: why the date moved", maxLength = 4000, example = "Procurement delayed by the pandemic.")
            String reason,
            @Schema(nullable = true, description = "STATUS_CHANGE: evidence (required when closing)", maxLength = 4000, example = "Evaluation report published.")
            String evidence,
            @Schema(description = "Who recorded it (token subject)", maxLength = 200, example = "oversight-secretariat") String recordedBy,
            @Schema(description = "When the server recorded it") Instant recordedAt,
            @Schema(nullable = true, description = "ACTION_*: the action; DECISION: the action decided about, if any") UUID actionId,
            @Schema(nullable = true, description = "ACTION_*: the action's status after the entry") ActionStatus actionStatus,
            @Schema(nullable = true, description = "ACTION_ADDED, ACTION_DUE_DATE_REVISION: the action's due date", example = "2027-03-31")
            LocalDate dueDate,
            @Schema(nullable = true, description = "ACTION_DUE_DATE_REVISION: the due date before", example = "2026-12-31")
            LocalDate previousDueDate,
            @Schema(nullable = true, description = "DECISION: the meeting that decided") UUID meetingId,
            @Schema(nullable = true, description = "DECISION: what it decided") MeetingDecision decision) {}

    @Schema(name = "NewRecommendationUpdate", description = "A timeline entry to append, one of seven kinds told apart"
            + " by `type`. Fields that do not belong to the type are a 400. STATUS_CHANGE, TARGET_DATE_REVISION and the"
            + " ACTION_* entries need If-Match with the recommendation's ETag (428 without); for a COMMENT or a DECISION"
            + " it is optional (checked when sent).",
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
    public record NewUpdate(
            @NotNull @Schema(required = true) UpdateType type,
            @Size(max = 4000) @Schema(maxLength = 4000, example = "Evaluation specification agreed with the Home Office.") String note,
            RecommendationStatus status,
            @Schema(description = "For SUPERSEDED: the id of the recommendation that replaces this one") UUID supersededBy,
            @Schema(example = "2021-09-30") LocalDate targetDate,
            @Size(max = 4000) @Schema(maxLength = 4000, example = "Procurement delayed by the pandemic.") String reason,
            @Size(max = 4000) @Schema(maxLength = 4000, example = "Evaluation report published.") String evidence,
            @Size(max = 2000) @Schema(maxLength = 2000, example = "Publish the evaluation specification.") String description,
            @Valid ActionViews.ActionOwner actionOwner,
            UUID actionId,
            @Schema(example = "2027-03-31") LocalDate dueDate,
            ActionStatus actionStatus,
            UUID meetingId,
            MeetingDecision decision) {}

    // The three kinds of NewRecommendationUpdate, for the contract only: the service reads every kind as a NewUpdate.

    @Schema(name = "NewRecommendationComment", description = "A comment on the recommendation's progress. If-Match is"
            + " optional (checked when sent).", extensions = @Extension(name = "x-if-match", value = "optional"))
    record NewComment(
            @Schema(required = true, enumeration = "COMMENT") String type,
            @Schema(required = true, pattern = "\\S", maxLength = 4000, description = "Not blank", example = "Evaluation specification agreed with the Home Office.")
            String note) {}

    @Schema(name = "NewRecommendationStatusChange", description = "A move to another status (a legal transition;"
            + " otherwise 409 naming the allowed ones). `evidence` is required for a final status (IMPLEMENTED, CLOSED,"
            + " SUPERSEDED...) and `supersededBy` for SUPERSEDED. Needs If-Match (428 without).",
            extensions = @Extension(name = "x-if-match", value = "required"))
    record NewStatusChange(
            @Schema(required = true, enumeration = "STATUS_CHANGE") String type,
            @Schema(required = true) RecommendationStatus status,
            @Schema(maxLength = 4000, example = "Evaluation report published.") String evidence,
            @Schema(description = "For SUPERSEDED: the id of the recommendation that replaces this one") UUID supersededBy,
            @Schema(maxLength = 4000, example = "Agreed at the oversight group.") String note) {}

    @Schema(name = "NewRecommendationTargetDateRevision", description = "A new target date, with the reason it moved."
            + " Needs If-Match (428 without).", extensions = @Extension(name = "x-if-match", value = "required"))
    record NewTargetDateRevision(
            @Schema(required = true, enumeration = "TARGET_DATE_REVISION") String type,
            @Schema(required = true, example = "2021-09-30") LocalDate targetDate,
            @Schema(required = true, pattern = "\\S", maxLength = 4000, description = "Not blank", example = "Procurement delayed by the pandemic.") String reason,
            @Schema(maxLength = 4000, example = "Agreed at the oversight group.") String note) {}

    @Schema(name = "NewRecommendationActionAdded", description = "A new action of the recommendation's action plan:"
            + " what, who (an organisation and a role, never a person's details) and by when (not in the past). It"
            + " starts OPEN. Needs If-Match (428 without); 409 when the recommendation is closed.",
            extensions = @Extension(name = "x-if-match", value = "required"))
    record NewActionAdded(
            @Schema(required = true, enumeration = "ACTION_ADDED") String type,
            @Schema(required = true, pattern = "\\S", maxLength = 2000, description = "Not blank", example = "Publish the evaluation specification.")
            String description,
            @Schema(required = true) ActionViews.ActionOwner actionOwner,
            @Schema(required = true, example = "2027-03-31") LocalDate dueDate,
            @Schema(maxLength = 4000, example = "Agreed at the oversight group.") String note) {}

    @Schema(name = "NewRecommendationActionDueDateRevision", description = "A new due date for an OPEN action, with the"
            + " reason it moved (every move is kept). Needs If-Match (428 without).",
            extensions = @Extension(name = "x-if-match", value = "required"))
    record NewActionDueDateRevision(
            @Schema(required = true, enumeration = "ACTION_DUE_DATE_REVISION") String type,
            @Schema(required = true) UUID actionId,
            @Schema(required = true, example = "2027-06-30") LocalDate dueDate,
            @Schema(required = true, pattern = "\\S", maxLength = 4000, description = "Not blank", example = "Supplier changed.") String reason,
            @Schema(maxLength = 4000, example = "Agreed at the oversight group.") String note) {}

    @Schema(name = "NewRecommendationActionStatusChange", description = "An OPEN action is DONE (`evidence` required) or"
            + " DROPPED (`reason` required). Needs If-Match (428 without); 409 when the action is not OPEN.",
            extensions = @Extension(name = "x-if-match", value = "required"))
    record NewActionStatusChange(
            @Schema(required = true, enumeration = "ACTION_STATUS_CHANGE") String type,
            @Schema(required = true) UUID actionId,
            @Schema(required = true, enumeration = {"DONE", "DROPPED"}) String actionStatus,
            @Schema(maxLength = 4000, example = "Specification published on GOV.UK.") String evidence,
            @Schema(maxLength = 4000, example = "Superseded by the national evaluation.") String reason,
            @Schema(maxLength = 4000, example = "Agreed at the oversight group.") String note) {}

    @Schema(name = "NewRecommendationDecision", description = "What an oversight meeting decided about this"
            + " recommendation (or one of its actions, `actionId`). The recommendation must be on the meeting's agenda"
            + " (else 400 naming `meetingId`). The decision is a record: the change it leads to (a closure, a new"
            + " date) is its own entry. If-Match is optional (checked when sent).",
            extensions = @Extension(name = "x-if-match", value = "optional"))
    record NewDecision(
            @Schema(required = true, enumeration = "DECISION") String type,
            @Schema(required = true) UUID meetingId,
            @Schema(required = true) MeetingDecision decision,
            UUID actionId,
            @Schema(maxLength = 4000, example = "Extension to June agreed; owner to report in March.") String note) {}

    @Schema(name = "RecommendationUpdatePage", description = "A page of a recommendation's timeline, oldest first")
    public record UpdatePage(
            @Schema(maxItems = 200) List<UpdateView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page", maxLength = 500) String nextCursor) implements CursorPage {}
}
