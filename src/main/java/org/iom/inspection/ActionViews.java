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
    @Schema(name = "ActionOwner")
    public record ActionOwner(
            @NotBlank @Size(max = 200) @Pattern(regexp = "^[^@]*$", message = "an organisation, not an e-mail address")
            String organisation,
            @NotBlank @Size(max = 200) @Pattern(regexp = "^[^@]*$", message = "a role, not an e-mail address")
            String role) {}

    @Schema(name = "RecommendationAction")
    public record ActionView(UUID id, UUID recommendationId, String description, ActionOwner owner, LocalDate dueDate,
            int dueDateRevisions, ActionStatus status, boolean overdue, @Schema(nullable = true) String evidence,
            @Schema(nullable = true) String dropReason, @Schema(nullable = true) Instant closedAt,
            @Schema(nullable = true) String closedBy, String createdBy, Instant createdAt) {}

    @Schema(name = "RecommendationActionPage")
    public record ActionPage(List<ActionView> items,
            @Schema(nullable = true) String nextCursor) implements CursorPage {}
}
