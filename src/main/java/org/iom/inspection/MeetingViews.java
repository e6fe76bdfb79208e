package org.iom.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.csv.CsvTable;
import org.iom.inspection.ActionViews.ActionView;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.iom.inspection.TimelineViews.UpdateView;
import org.iom.common.CursorPage;

/** Request and response types of oversight meetings, their agendas and packs. */
public final class MeetingViews {

    private MeetingViews() {}

    @Schema(name = "NewOversightMeeting", description = "A meeting of an oversight group. Meetings of one group follow"
            + " each other: a meeting dated on or before the group's latest one is a 400.")
    public record NewMeeting(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, description = "The group that meets",
                    example = "National IOM oversight group") String group,
            @NotNull @Schema(required = true, description = "The date of the meeting", example = "2026-12-10") LocalDate heldOn,
            @NotEmpty @Size(max = 50) @Schema(required = true, minItems = 1, maxItems = 50, description = "Organisations represented",
                    example = "[\"HMPPS\", \"NPCC\", \"Ministry of Justice\"]") List<@NotBlank @Size(max = 200) String> organisations,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @Schema(nullable = true, maxLength = 2000, pattern = "^https?://\\S+$", description = "A link to the minutes",
                    example = "https://intranet.example.gov.uk/iom/oversight/2026-12-10-minutes") String minutesUrl,
            @Size(max = 100) @Schema(nullable = true, maxItems = 100, description = "The inspections whose recommendations the"
                    + " meeting reviews; none or empty: the whole register") List<@NotNull UUID> inspectionIds) {}

    @Schema(name = "OversightMeeting", description = "A meeting of an oversight group")
    public record MeetingView(
            @Schema(example = "01936f50-2d3e-7f4a-8b5c-6d7e8f9a0b1c") UUID id,
            @Schema(maxLength = 200, example = "National IOM oversight group") String group,
            @Schema(example = "2026-12-10") LocalDate heldOn,
            @Schema(maxItems = 50, example = "[\"HMPPS\", \"NPCC\"]") List<@Size(max = 200) String> organisations,
            @Schema(nullable = true, maxLength = 2000, example = "https://intranet.example.gov.uk/iom/oversight/2026-12-10-minutes")
            String minutesUrl,
            @Schema(maxItems = 100, description = "The inspections it reviews; empty: the whole register") List<UUID> inspectionIds,
            @Schema(nullable = true, description = "The group's meeting before this one") UUID previousMeetingId,
            @Schema(maxLength = 200, example = "oversight-secretariat") String createdBy,
            Instant createdAt) {}

    @Schema(name = "OversightMeetingPage", description = "A page of meetings, latest first")
    public record MeetingPage(
            @Schema(maxItems = 200) List<MeetingView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page", maxLength = 500) String nextCursor) implements CursorPage {}

    @Schema(name = "AgendaItem", description = "A recommendation on a meeting's agenda and why it is there")
    public record AgendaItem(
            UUID recommendationId,
            UUID inspectionId,
            @Schema(maxLength = 300, example = "A joint thematic inspection of Integrated Offender Management") String inspectionTitle,
            @Schema(maxLength = 20, example = "1") String number,
            RecommendationStatus status,
            @Schema(nullable = true) RecommendationRag rag,
            @Schema(minItems = 1, maxItems = 5, description = "Why it is on the agenda") List<AgendaReason> reasons,
            @Schema(maxItems = 200, description = "Its actions with an entry in the window") List<UUID> actionsChanged,
            @Schema(maxItems = 200, description = "Its OPEN actions past their due date") List<UUID> actionsOverdue) {}

    @Schema(name = "OversightAgenda", description = "A meeting's agenda, computed when asked: the recommendations (of"
            + " the inspections it reviews) changed in the window (from the start of the group's previous meeting's day,"
            + " UK time, to the end of this meeting's day; with no previous meeting every recommendation counts as"
            + " changed), overdue, with an overdue action, with a response still outstanding after its due date, or"
            + " stale, each as of `asOf` (today, or the meeting's date when it is past); newest inspection first, then"
            + " by number")
    public record Agenda(
            MeetingView meeting,
            @Schema(example = "2026-12-10") LocalDate asOf,
            @Schema(nullable = true, description = "Start of the window (null: no previous meeting)") Instant changedFrom,
            @Schema(description = "End of the window (exclusive)") Instant changedUntil,
            @Schema(maxItems = 10000) List<AgendaItem> items) {}

    @Schema(name = "MeetingPackItem", description = "An agenda item with the recommendation's current state, its"
            + " actions and its timeline entries in the window")
    public record PackItem(
            RecommendationView recommendation,
            @Schema(minItems = 1, maxItems = 5) List<AgendaReason> reasons,
            @Schema(maxItems = 200) List<ActionView> actions,
            @Schema(maxItems = 10000, description = "Timeline entries recorded in the window, oldest first") List<UpdateView> changes) {}

    @Schema(name = "MeetingPack", description = "The papers of a meeting: its agenda, each item with its current"
            + " state, its actions and what changed since the group's previous meeting")
    public record MeetingPack(
            MeetingView meeting,
            @Schema(example = "2026-12-10") LocalDate asOf,
            @Schema(nullable = true, description = "Start of the window (null: no previous meeting)") Instant changedFrom,
            @Schema(description = "End of the window (exclusive)") Instant changedUntil,
            @Schema(maxItems = 10000) List<PackItem> items) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return MeetingPackCsv.COLUMNS;
        }

        @Override
        public Iterable<? extends List<?>> csvRows() {
            return MeetingPackCsv.rows(items);
        }
    }
}
