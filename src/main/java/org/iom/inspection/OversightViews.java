package org.iom.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response types of the oversight group's summary of the register. */
public final class OversightViews {

    private OversightViews() {}

    @Schema(name = "StatusCounts")
    public record StatusCounts(long total, long open, long inProgress, long implemented, long partlyImplemented,
            long notImplemented, long superseded, long withdrawn) {}

    @Schema(name = "TrackingCounts")
    public record TrackingCounts(StatusCounts byStatus, long overdue, long dueIn30Days, long dueIn90Days,
            long lateResponses, long stale, long red, long amber, long green) {}

    @Schema(name = "AddresseeCounts")
    public record AddresseeCounts(String addressee, StatusCounts byStatus) {}

    @Schema(name = "InspectionTracking")
    public record InspectionTracking(UUID inspectionId, String title, LocalDate publishedOn,
            @Schema(nullable = true) Integer recommendationsDeclared, TrackingCounts counts) {}

    @Schema(name = "ActionOwnerCounts")
    public record ActionOwnerCounts(String organisation, String role, long open, long overdue) {}

    @Schema(name = "OversightSummary")
    public record OversightSummary(LocalDate asOf, TrackingCounts totals, List<AddresseeCounts> byAddressee,
            List<InspectionTracking> inspections, List<ActionOwnerCounts> actionsByOwner) {}
}
