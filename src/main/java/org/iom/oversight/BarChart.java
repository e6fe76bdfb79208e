package org.iom.oversight;

import java.util.List;

/**
 * A horizontal bar chart drawn by the server as SVG (no script): each bar's width is its share of the largest value.
 * The page puts the same numbers in a table beside it, and every bar carries its label and number as text, so nothing
 * is told by colour alone.
 */
@io.quarkus.qute.TemplateData
public record BarChart(String id, String title, List<Bar> bars, int height) {

    /** Width in SVG units of the longest bar. */
    static final int MAX_WIDTH = 260;
    static final int ROW = 34;

    /** One row: label, number, register filter it links to (a query string or status), colour class. */
    public record Item(String label, long value, String filter, String tone) {}

    /** A row as drawn. */
    @io.quarkus.qute.TemplateData
    public record Bar(String label, long value, String href, String tone, int y, int width, int textX) {}

    static BarChart of(String id, String title, List<Item> items) {
        long max = Math.max(1, items.stream().mapToLong(Item::value).max().orElse(1));
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            int width = (int) Math.round((double) it.value() * MAX_WIDTH / max);
            bars.add(new Bar(it.label(), it.value(), href(it.filter()), it.tone(), i * ROW, width, 196 + width));
        }
        return new BarChart(id, title, bars, items.size() * ROW);
    }

    private static String href(String filter) {
        if (filter == null) {
            return null;
        }
        return "/oversight/recommendations?" + (filter.contains("=") ? filter : "status=" + filter);
    }
}
