package org.iom.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Small-number suppression of a statistics table, so that no figure can identify a person.
 *
 * <ol>
 * <li><b>Primary</b>: every count below the threshold (0 included: "none of the N" can disclose as much as "one of
 * the N") is withheld.</li>
 * <li><b>Secondary, within a row</b>: where counts add up to a shown total (e.g. frequency REDUCED + STAYED_THE_SAME +
 * INCREASED = cases reviewed), a single withheld part could be recovered by subtraction, so the smallest other part is
 * withheld too; likewise when several withheld parts add up to 0 (each would be known to be 0). Where a shown total has a part that is not published (cases reviewed who did NOT reoffend), a shown
 * count whose unpublished complement is below the threshold is withheld ("all 12 reoffended").</li>
 * <li><b>Secondary, across rows</b>: rows of one table add up to the national figure, so when exactly one row withholds
 * a count, the smallest shown value of that count in another row (of the same series, e.g. the same need area) is
 * withheld too.</li>
 * <li>Every share computed from a withheld count (numerator or denominator) is withheld.</li>
 * </ol>
 * The rules are applied until nothing changes. Not covered: differencing between tables at different levels (a force
 * figure minus the figures of its schemes from another request) and between overlapping filters; see
 * docs/statistics.md.
 */
final class Suppression {

    private Suppression() {}

    /** A share: numerator / denominator, both counts of the row. */
    record Share(String name, String numerator, String denominator) {}

    /**
     * Counts of a row that add up to {@code total} ({@code complete}), or that are a published part of it whose
     * remainder is not published ({@code complete == false}).
     */
    record Partition(String total, List<String> parts, boolean complete) {}

    /** The figures of a table in output order, with the shares and partitions among them. */
    record Spec(List<String> figures, List<String> counts, List<Share> shares, List<Partition> partitions) {

        Share share(String name) {
            return shares.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        }
    }

    /** A row before publication: raw counts. After {@link #apply} it knows which figures are withheld. */
    static final class Row {
        final String group;
        final String label;
        final String series;
        /** The category of data subject of a row of a breakdown by it; null otherwise. */
        final String subjectCategory;
        final Map<String, Long> counts = new LinkedHashMap<>();
        final Set<String> withheld = new HashSet<>();

        Row(String group, String label, String series) {
            this(group, label, series, null);
        }

        Row(String group, String label, String series, String subjectCategory) {
            this.group = group;
            this.label = label;
            this.series = series;
            this.subjectCategory = subjectCategory;
        }

        long count(String name) {
            return counts.getOrDefault(name, 0L);
        }

        void add(String name, long value) {
            counts.merge(name, value, Long::sum);
        }

        /** The published count, or null when withheld. */
        Long published(String name) {
            return withheld.contains(name) ? null : count(name);
        }

        /** The published share (4 decimal places), or null when withheld or undefined. */
        Double share(Share s) {
            if (withheld.contains(s.name())) {
                return null;
            }
            long den = count(s.denominator());
            if (den == 0) {
                return null;
            }
            return BigDecimal.valueOf(count(s.numerator())).divide(BigDecimal.valueOf(den), 4, RoundingMode.HALF_UP)
                    .doubleValue();
        }

        /** Names of the withheld figures, in the table's figure order. */
        List<String> suppressed(Spec spec) {
            return spec.figures().stream().filter(withheld::contains).toList();
        }
    }

    static void apply(List<Row> rows, Spec spec, int threshold) {
        for (Row row : rows) {
            for (String c : spec.counts()) {
                if (row.count(c) < threshold) {
                    row.withheld.add(c);
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Row row : rows) {
                for (Partition p : spec.partitions()) {
                    changed |= protectPartition(row, p, threshold);
                }
            }
            changed |= protectAcrossRows(rows, spec);
        }
        for (Row row : rows) {
            for (Share s : spec.shares()) {
                if (row.withheld.contains(s.numerator()) || row.withheld.contains(s.denominator())) {
                    row.withheld.add(s.name());
                }
            }
        }
    }

    private static boolean protectPartition(Row row, Partition p, int threshold) {
        if (row.withheld.contains(p.total())) {
            return false;
        }
        List<String> hidden = p.parts().stream().filter(row.withheld::contains).toList();
        if (p.complete()) {
            // One withheld part is the total minus the others; several withheld parts that add up to 0 are each 0.
            boolean derivable = hidden.size() == 1
                    || (hidden.size() > 1 && hidden.stream().mapToLong(row::count).sum() == 0);
            return derivable && withholdSmallest(row, p.parts());
        }
        if (!hidden.isEmpty()) {
            return false;
        }
        long remainder = row.count(p.total()) - p.parts().stream().mapToLong(row::count).sum();
        return remainder < threshold && withholdSmallest(row, p.parts());
    }

    private static boolean withholdSmallest(Row row, List<String> candidates) {
        return candidates.stream().filter(c -> !row.withheld.contains(c))
                .min(Comparator.comparingLong(row::count))
                .map(row.withheld::add).orElse(false);
    }

    private static boolean protectAcrossRows(List<Row> rows, Spec spec) {
        boolean changed = false;
        Map<String, List<Row>> bySeries = new LinkedHashMap<>();
        for (Row row : rows) {
            String series = Objects.toString(row.series, "");
            bySeries.computeIfAbsent(series, k -> new ArrayList<>()).add(row);
            if (row.subjectCategory != null) {
                // A group's categories add up to the group's figure, which the answer without the breakdown shows.
                bySeries.computeIfAbsent(series + "\u0000" + row.group, k -> new ArrayList<>()).add(row);
            }
        }
        for (List<Row> series : bySeries.values()) {
            if (series.size() < 2) {
                continue;
            }
            for (String c : spec.counts()) {
                long hidden = series.stream().filter(r -> r.withheld.contains(c)).count();
                if (hidden == 1) {
                    changed |= series.stream().filter(r -> !r.withheld.contains(c))
                            .min(Comparator.comparingLong(r -> r.count(c)))
                            .map(r -> r.withheld.add(c)).orElse(false);
                }
            }
        }
        return changed;
    }
}
