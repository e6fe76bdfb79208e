package org.iom.statistics;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.csv.CsvTable;

/**
 * Response types of the statistics endpoints. Every answer is one table, so it is also a {@link CsvTable}: the
 * service's CSV writer prints its header and rows (a withheld figure is an empty cell; {@code suppressed} is
 * space-separated).
 */
public final class StatisticsViews {

    private StatisticsViews() {}

    @Schema(name = "CaseloadStatistics")
    public record CaseloadStatistics(LocalDate asOf, LocalDate from, LocalDate to, String groupBy,
            StatisticsFilters filters, boolean bySubjectCategory, int suppressionThreshold,
            List<CaseloadRow> rows) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return header(bySubjectCategory, "group", "label", "active", "selected", "exited", "suppressed");
        }

        @Override
        public List<List<Object>> csvRows() {
            return rows.stream().map(r -> split(bySubjectCategory, r.subjectCategory(), row(r.group(), r.label(),
                    r.suppressed(), r.active(), r.selected(), r.exited()))).toList();
        }
    }

    @Schema(name = "CaseloadRow")
    public record CaseloadRow(String group, String label, @Schema(nullable = true) String subjectCategory,
            @Schema(nullable = true) Long active, @Schema(nullable = true) Long selected,
            @Schema(nullable = true) Long exited, List<@Size(max = 40) String> suppressed) {}

    @Schema(name = "OutcomeStatistics")
    public record OutcomeStatistics(LocalDate from, LocalDate to, String groupBy, StatisticsFilters filters,
            boolean bySubjectCategory, int suppressionThreshold, List<OutcomeRow> rows) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return header(bySubjectCategory, "group", "label", "casesReviewed", "frequencyReduced", "frequencyReducedShare",
                    "frequencyStayedTheSame", "frequencyStayedTheSameShare", "frequencyIncreased",
                    "frequencyIncreasedShare", "seriousnessReduced", "seriousnessReducedShare",
                    "seriousnessStayedTheSame", "seriousnessStayedTheSameShare", "seriousnessIncreased",
                    "seriousnessIncreasedShare", "provenReoffending", "provenReoffendingRate", "suppressed");
        }

        @Override
        public List<List<Object>> csvRows() {
            return rows.stream().map(r -> split(bySubjectCategory, r.subjectCategory(), row(r.group(), r.label(),
                    r.suppressed(), r.casesReviewed(),
                    r.frequencyReduced(), r.frequencyReducedShare(), r.frequencyStayedTheSame(),
                    r.frequencyStayedTheSameShare(), r.frequencyIncreased(), r.frequencyIncreasedShare(),
                    r.seriousnessReduced(), r.seriousnessReducedShare(), r.seriousnessStayedTheSame(),
                    r.seriousnessStayedTheSameShare(), r.seriousnessIncreased(), r.seriousnessIncreasedShare(),
                    r.provenReoffending(), r.provenReoffendingRate()))).toList();
        }
    }

    @Schema(name = "OutcomeRow")
    public record OutcomeRow(String group, String label, @Schema(nullable = true) String subjectCategory,
            @Schema(nullable = true) Long casesReviewed, @Schema(nullable = true) Long frequencyReduced,
            @Schema(nullable = true) Double frequencyReducedShare, @Schema(nullable = true) Long frequencyStayedTheSame,
            @Schema(nullable = true) Double frequencyStayedTheSameShare,
            @Schema(nullable = true) Long frequencyIncreased, @Schema(nullable = true) Double frequencyIncreasedShare,
            @Schema(nullable = true) Long seriousnessReduced, @Schema(nullable = true) Double seriousnessReducedShare,
            @Schema(nullable = true) Long seriousnessStayedTheSame,
            @Schema(nullable = true) Double seriousnessStayedTheSameShare,
            @Schema(nullable = true) Long seriousnessIncreased,
            @Schema(nullable = true) Double seriousnessIncreasedShare, @Schema(nullable = true) Long provenReoffending,
            @Schema(nullable = true) Double provenReoffendingRate, List<@Size(max = 40) String> suppressed) {}

    @Schema(name = "NeedsStatistics")
    public record NeedsStatistics(LocalDate asOf, @Schema(nullable = true) LocalDate assessedFrom, String groupBy,
            StatisticsFilters filters, boolean bySubjectCategory, int suppressionThreshold,
            List<NeedsRow> rows) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return header(bySubjectCategory, "group", "label", "needArea", "activeCases", "assessed", "noNeed", "noNeedShare",
                    "standard", "standardShare", "severe", "severeShare", "suppressed");
        }

        @Override
        public List<List<Object>> csvRows() {
            return rows.stream().map(r -> {
                List<Object> cells = row(r.group(), r.label(), r.suppressed(), r.activeCases(), r.assessed(),
                        r.noNeed(), r.noNeedShare(), r.standard(), r.standardShare(), r.severe(), r.severeShare());
                cells.add(2, r.needArea());
                return split(bySubjectCategory, r.subjectCategory(), cells);
            }).toList();
        }
    }

    @Schema(name = "NeedsRow")
    public record NeedsRow(String group, String label, @Schema(nullable = true) String subjectCategory, String needArea,
            @Schema(nullable = true) Long activeCases, @Schema(nullable = true) Long assessed,
            @Schema(nullable = true) Long noNeed, @Schema(nullable = true) Double noNeedShare,
            @Schema(nullable = true) Long standard, @Schema(nullable = true) Double standardShare,
            @Schema(nullable = true) Long severe, @Schema(nullable = true) Double severeShare,
            List<@Size(max = 40) String> suppressed) {}

    @Schema(name = "CoverageStatistics")
    public record CoverageStatistics(LocalDate asOf, int months, LocalDate from, LocalDate to, double minShare,
            String groupBy, StatisticsFilters filters, int suppressionThreshold,
            List<CoverageRow> rows) implements CsvTable {

        @Override
        public List<String> csvHeader() {
            return List.of("group", "label", "schemes", "schemesMeasuring", "forces", "forcesMeasuring",
                    "activeCases", "casesReviewed", "reviewedShare", "suppressed");
        }

        @Override
        public List<List<Object>> csvRows() {
            return rows.stream().map(r -> row(r.group(), r.label(), r.suppressed(), r.schemes(), r.schemesMeasuring(),
                    r.forces(), r.forcesMeasuring(), r.activeCases(), r.casesReviewed(), r.reviewedShare())).toList();
        }
    }

    @Schema(name = "CoverageRow")
    public record CoverageRow(String group, String label, int schemes, int schemesMeasuring, int forces,
            int forcesMeasuring, @Schema(nullable = true) Long activeCases, @Schema(nullable = true) Long casesReviewed,
            @Schema(nullable = true) Double reviewedShare, List<@Size(max = 40) String> suppressed) {}

    @Schema(name = "StatisticsFilters")
    public record StatisticsFilters(@Schema(nullable = true) List<@Size(max = 36) String> schemeId,
            @Schema(nullable = true) String policeForceId, @Schema(nullable = true) String probationRegionCode,
            @Schema(nullable = true) String cohort, @Schema(nullable = true) String subjectCategory) {}

    /** The CSV header: {@code subjectCategory} after the label when the groups are broken down by it. */
    private static List<String> header(boolean bySubjectCategory, String... columns) {
        List<String> header = new ArrayList<>(Arrays.asList(columns));
        if (bySubjectCategory) {
            header.add(2, "subjectCategory");
        }
        return header;
    }

    /** A CSV row: the category after the label when the groups are broken down by it. */
    private static List<Object> split(boolean bySubjectCategory, String subjectCategory, List<Object> cells) {
        if (bySubjectCategory) {
            cells.add(2, subjectCategory);
        }
        return cells;
    }

    private static List<Object> row(String group, String label, List<String> suppressed, Object... figures) {
        List<Object> cells = new ArrayList<>();
        cells.add(group);
        cells.add(label);
        cells.addAll(Arrays.asList(figures));
        cells.add(String.join(" ", suppressed));
        return cells;
    }
}
