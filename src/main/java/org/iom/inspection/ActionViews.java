package org.iom.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

/** Request and response types of a recommendation's actions (its action plan). */
public final class ActionViews {

    private ActionViews() {}

    /** Who owns an action: an organisation and a role in it, never a person's private details. */
    @Schema(name = "ActionOwner", description = "Who owns an action: an organisation and a role in it (never a"
            + " person's name or contact details; an e-mail address is a 400)")
    public record ActionOwner(
            @NotBlank @Size(max = 200) @Pattern(regexp = "^[^@]*$", message = "an organisation, not an e-mail address")
            @Schema(required = true, maxLength = 200, pattern = "^[^@]*$", example = "HMPPS") String organisation,
            @NotBlank @Size(max = 200) @Pattern(regexp = "^[^@]*$", message = "a role, not an e-mail address")
            @Schema(required = true, maxLength = 200, pattern = "^[^@]*$", example = "Head of IOM policy") String role) {}

    @Schema(name = "RecommendationAction", description = "An action of a recommendation's action plan. `overdue`: OPEN"
            + " and the due date has passed (today in UK time; the due date itself is not overdue). An overdue action"
            + " makes its recommendation RED.")
    public record ActionView(
            @Schema(example = "01936f4f-1c2d-7e3f-8a9b-0c1d2e3f4a5b") UUID id,
            UUID recommendationId,
            @Schema(maxLength = 2000, example = "Publish the evaluation specification.") String description,
            ActionOwner owner,
            @Schema(example = "2027-03-31") LocalDate dueDate,
            @Schema(required = true, minimum = "0", maximum = "2147483647", description = "How many times the due date has moved", example = "0")
            int dueDateRevisions,
            ActionStatus status,
            @Schema(required = true, example = "false") boolean overdue,
            @Schema(nullable = true, description = "DONE: the evidence", maxLength = 4000, example = "Specification published.") String evidence,
            @Schema(nullable = true, description = "DROPPED: why", maxLength = 4000, example = "Superseded by the national evaluation.")
            String dropReason,
            @Schema(nullable = true, description = "DONE or DROPPED: when") Instant closedAt,
            @Schema(nullable = true, description = "DONE or DROPPED: who (token subject)", maxLength = 200, example = "oversight-secretariat")
            String closedBy,
            @Schema(maxLength = 200, example = "oversight-secretariat") String createdBy,
            Instant createdAt) {}

    @Schema(name = "RecommendationActionPage", description = "A page of a recommendation's actions, oldest first")
    public record ActionPage(
            @Schema(maxItems = 200) List<ActionView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page", maxLength = 500) String nextCursor) implements CursorPage {}
}
