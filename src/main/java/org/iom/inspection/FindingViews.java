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

    @Schema(name = "Baseline")
    public record Baseline(BaselineKind kind, @Schema(nullable = true) Double value,
            @Schema(nullable = true) Double outOf, String text) {}

    @Schema(name = "Finding")
    public record FindingView(UUID id, int position, String topic, Baseline baseline,
            @Schema(nullable = true) LocalDate reportedOn, @Schema(nullable = true) String page, boolean verified,
            @Schema(nullable = true) String source, @Schema(nullable = true) String note,
            @Schema(nullable = true) String liveFigure, @Schema(nullable = true) FigureValue live) {}

    @Schema(name = "FindingList")
    public record FindingList(UUID inspectionId, String inspectionTitle, List<FindingView> items) implements CsvTable {

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
