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

    @Schema(name = "NewOversightMeeting")
    public record NewMeeting(
            @NotBlank @Size(max = 200) String group,
            @NotNull LocalDate heldOn,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> organisations,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @Schema(nullable = true) String minutesUrl,
            @Size(max = 100) @Schema(nullable = true) List<@NotNull UUID> inspectionIds) {}

    @Schema(name = "OversightMeeting")
    public record MeetingView(UUID id, String group, LocalDate heldOn, List<@Size(max = 200) String> organisations,
            @Schema(nullable = true) String minutesUrl, List<UUID> inspectionIds,
            @Schema(nullable = true) UUID previousMeetingId, String createdBy, Instant createdAt) {}

    @Schema(name = "OversightMeetingPage")
    public record MeetingPage(List<MeetingView> items,
            @Schema(nullable = true) String nextCursor) implements CursorPage {}

    @Schema(name = "AgendaItem")
    public record AgendaItem(UUID recommendationId, UUID inspectionId, String inspectionTitle, String number,
            RecommendationStatus status, @Schema(nullable = true) RecommendationRag rag, List<AgendaReason> reasons,
            List<UUID> actionsChanged, List<UUID> actionsOverdue) {}

    @Schema(name = "OversightAgenda")
    public record Agenda(MeetingView meeting, LocalDate asOf, @Schema(nullable = true) Instant changedFrom,
            Instant changedUntil, List<AgendaItem> items) {}

    @Schema(name = "MeetingPackItem")
    public record PackItem(RecommendationView recommendation, List<AgendaReason> reasons, List<ActionView> actions,
            List<UpdateView> changes) {}

    @Schema(name = "MeetingPack")
    public record MeetingPack(MeetingView meeting, LocalDate asOf, @Schema(nullable = true) Instant changedFrom,
            Instant changedUntil, List<PackItem> items) implements CsvTable {

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
