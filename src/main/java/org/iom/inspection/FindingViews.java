package org.iom.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.csv.CsvTable;
import org.iom.inspection.RecommendationViews.FigureValue;

/** Response types of an inspection's findings: each baseline beside today's live figure. */
public final class FindingViews {

    private FindingViews() {}

    @Schema(name = "Baseline", description = "The figure the inspectors reported")
    public record Baseline(
            BaselineKind kind,
            @Schema(nullable = true, description = "The number, the share (0 to 1) or the count; null for NOT_KNOWN and NOT_REPORTED",
                    example = "14") Double value,
            @Schema(nullable = true, description = "For COUNT_OF_TOTAL: the total", example = "43") Double outOf,
            @Schema(description = "The figure as words: \"125\", \"5%\", \"14 of 43\", \"not known\", \"not reported\"",
                    maxLength = 60, example = "14 of 43") String text) {}

    @Schema(name = "Finding", description = "A finding of an inspection: the figure the inspectors reported (the"
            + " baseline) and, where the service measures the same thing, that live figure's value today for the caller"
            + " (scoped and suppressed like the statistics)")
    public record FindingView(
            @Schema(example = "01700000-0000-7000-8000-000000000203") UUID id,
            @Schema(required = true, minimum = "1", maximum = "1000", description = "Order within the report", example = "3")
            int position,
            @Schema(maxLength = 300, example = "Police forces with a system for measuring the impact of IOM") String topic,
            Baseline baseline,
            @Schema(nullable = true, description = "Date of the figure as reported (null when the report gives none)", example = "2020-02-01")
            LocalDate reportedOn,
            @Schema(nullable = true, description = "Page of the report, when checked", maxLength = 20, example = "12") String page,
            @Schema(required = true, description = "Whether the figure was checked against the published report", example = "false")
            boolean verified,
            @Schema(nullable = true, description = "Where the figure was taken from", maxLength = 1000, example = "Probation Journal 67(2), June 2020")
            String source,
            @Schema(nullable = true, maxLength = 1000, example = "The system a 2014 inspection recommended.") String note,
            @Schema(nullable = true, description = "Key of the live figure that measures the same thing today (null: not measured)",
                    maxLength = 100, example = "statistics.coverage.forces") String liveFigure,
            @Schema(nullable = true, description = "That figure's value now (null when there is none or it cannot be computed now)")
            FigureValue live) {}

    @Schema(name = "FindingList", description = "An inspection's findings, in the report's order: then and now")
    public record FindingList(
            UUID inspectionId,
            @Schema(maxLength = 300, example = "A joint thematic inspection of Integrated Offender Management") String inspectionTitle,
            @Schema(maxItems = 1000) List<FindingView> items) implements CsvTable {

        static final List<String> COLUMNS = List.of("position", "topic", "baselineKind", "baselineValue",
                "baselineOutOf", "baseline", "reportedOn", "page", "verified", "source", "liveFigure");

        @Override
        public List<String> csvHeader() {
            List<String> header = new ArrayList<>(COLUMNS);
            LiveFigureViews.VALUE_COLUMNS.forEach(c -> header.add("live" + Character.toUpperCase(c.charAt(0))
                    + c.substring(1)));
            return header;
        }

        @Override
        public List<List<?>> csvRows() {
            return items.stream().<List<?>>map(f -> {
                List<Object> cells = new ArrayList<>(Arrays.asList(f.position(), f.topic(), f.baseline().kind(),
                        f.baseline().value(), f.baseline().outOf(), f.baseline().text(), f.reportedOn(), f.page(),
                        f.verified(), f.source(), f.liveFigure()));
                cells.addAll(LiveFigureViews.valueCells(f.live()));
                return cells;
            }).toList();
        }
    }
}
