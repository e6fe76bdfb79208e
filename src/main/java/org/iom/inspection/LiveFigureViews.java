package org.iom.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.csv.CsvTable;
import org.iom.inspection.RecommendationViews.FigureValue;

/** Response types of the live figures. */
public final class LiveFigureViews {

    private LiveFigureViews() {}

    /** The CSV columns of a figure's value, after any columns of its own. */
    static final List<String> VALUE_COLUMNS = List.of("value", "outOf", "share", "unit", "suppressed", "computedAt",
            "source");

    @Schema(name = "LiveFigureList")
    public record LiveFigureList(List<FigureValue> items) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            List<String> header = new ArrayList<>(List.of("key", "label", "description"));
            header.addAll(VALUE_COLUMNS);
            return header;
        }

        @Override
        public List<List<?>> csvRows() {
            return items.stream().<List<?>>map(f -> {
                List<Object> cells = new ArrayList<>(Arrays.asList(f.key(), f.label(), f.description()));
                cells.addAll(valueCells(f));
                return cells;
            }).toList();
        }
    }

    /** The cells of {@link #VALUE_COLUMNS} for a value (all empty when there is none). */
    static List<Object> valueCells(FigureValue f) {
        if (f == null) {
            return Arrays.asList(new Object[VALUE_COLUMNS.size()]);
        }
        return Arrays.asList(f.value(), f.outOf(), f.share(), f.unit(), String.join(" ", f.suppressed()),
                f.computedAt(), f.source());
    }
}
