package org.iom.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response types of the oversight group's summary of the register. */
public final class OversightViews {

    private OversightViews() {}

    @Schema(name = "StatusCounts", description = "Recommendations per status")
    public record StatusCounts(
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "5") long total,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "1") long open,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "2") long inProgress,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "1") long implemented,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "0") long partlyImplemented,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "0") long notImplemented,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "1") long superseded,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "0") long withdrawn) {}

    @Schema(name = "TrackingCounts", description = "The oversight figures for a set of recommendations. dueIn30Days and"
            + " dueIn90Days count recommendations that are not closed whose target date is today or within the next 30"
            + " (90) days (the 90-day figure includes the 30-day one); stale counts those not closed with no update for"
            + " 90 days or more; lateResponses counts responseLate ones (any status).")
    public record TrackingCounts(
            StatusCounts byStatus,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "1") long overdue,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "1") long dueIn30Days,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "2") long dueIn90Days,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "1") long lateResponses,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "0") long stale,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "1") long red,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "1") long amber,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "1") long green) {}

    @Schema(name = "AddresseeCounts", description = "Recommendations per status for one addressee (a recommendation with"
            + " several addressees counts under each)")
    public record AddresseeCounts(
            @Schema(maxLength = 200, example = "Ministry of Justice") String addressee,
            StatusCounts byStatus) {}

    @Schema(name = "InspectionTracking", description = "The oversight figures of one inspection")
    public record InspectionTracking(
            UUID inspectionId,
            @Schema(maxLength = 300, example = "A joint thematic inspection of Integrated Offender Management") String title,
            @Schema(example = "2020-02-01") LocalDate publishedOn,
            @Schema(nullable = true, minimum = "0", maximum = "1000", description = "How many recommendations the report makes, as it"
                    + " declares (null: not recorded); counts.byStatus.total is how many the register holds",
                    example = "11") Integer recommendationsDeclared,
            TrackingCounts counts) {}

    @Schema(name = "ActionOwnerCounts", description = "The OPEN actions of one owner (organisation and role) under the"
            + " recommendations counted, and how many of them are overdue (past their due date)")
    public record ActionOwnerCounts(
            @Schema(maxLength = 200, example = "HMPPS") String organisation,
            @Schema(maxLength = 200, example = "Head of IOM policy") String role,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "3") long open,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", example = "1") long overdue) {}

    @Schema(name = "OversightSummary", description = "The national oversight group's summary of the register")
    public record OversightSummary(
            @Schema(description = "The date (UK) the derived figures are computed for", example = "2026-11-25") LocalDate asOf,
            @Schema(description = "Totals over every recommendation matching the filters") TrackingCounts totals,
            @Schema(description = "Status x addressee, addressees in alphabetical order", maxItems = 10000) List<AddresseeCounts> byAddressee,
            @Schema(description = "Per inspection, newest publication first", maxItems = 10000) List<InspectionTracking> inspections,
            @Schema(description = "OPEN actions by owner (organisation, then role, alphabetical), with how many are overdue;"
                    + " owners with no OPEN action are not listed", maxItems = 10000) List<ActionOwnerCounts> actionsByOwner) {}
}
