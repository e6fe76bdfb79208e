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

    static final String GROUP = "The group: a scheme id, a police force id, a probation region code, a cohort, or"
            + " `national`";
    static final String LABEL = "What the group is called: scheme name (code), force name, region name, cohort name or"
            + " `England and Wales`";
    static final String CATEGORY = "With bySubjectCategory: the category of data subject (DPA 2018 s38(3)) of this"
            + " row's part of the group; null otherwise";
    static final String BY_CATEGORY = "Whether each group is broken down into one row per category of data subject";
    static final String SUPPRESSED = "Names of the figures of this row withheld by small-number suppression (they are"
            + " null)";

    @Schema(name = "CaseloadStatistics", description = "People managed on a date (active), selected and exited in a"
            + " period, by group")
    public record CaseloadStatistics(
            @Schema(description = "Day the active caseload is counted on", example = "2026-11-25") LocalDate asOf,
            @Schema(description = "First day of the selection/exit period (inclusive)", example = "2025-11-26") LocalDate from,
            @Schema(description = "Last day of the selection/exit period (inclusive)", example = "2026-11-25") LocalDate to,
            @Schema(description = "Grouping level", example = "FORCE",
                    enumeration = {"SCHEME", "FORCE", "REGION", "COHORT", "NATION"}) String groupBy,
            @Schema(description = "The filters applied") StatisticsFilters filters,
            @Schema(required = true, description = BY_CATEGORY, example = "false") boolean bySubjectCategory,
            @Schema(required = true, minimum = "0", maximum = "2147483647", description = "Counts below this are withheld", example = "5") int suppressionThreshold,
            @Schema(maxItems = 1000) List<CaseloadRow> rows) implements CsvTable {

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
    public record CaseloadRow(
            @Schema(description = GROUP, example = "west-midlands", maxLength = 40) String group,
            @Schema(description = LABEL, example = "West Midlands Police", maxLength = 250) String label,
            @Schema(description = CATEGORY, example = "CONVICTED", enumeration = {"CONVICTED", "SUSPECTED"},
                    nullable = true)
            String subjectCategory,
            @Schema(minimum = "0", maximum = "9223372036854775807", description = "Cases active on asOf: selected on or before it and not exited on or before it",
                    example = "412", nullable = true) Long active,
            @Schema(minimum = "0", maximum = "9223372036854775807", description = "Cases selected in the period", example = "97", nullable = true) Long selected,
            @Schema(minimum = "0", maximum = "9223372036854775807", description = "Cases exited in the period", example = "85", nullable = true) Long exited,
            @Schema(description = SUPPRESSED, maxItems = 3, example = "[]") List<@Size(max = 40) String> suppressed) {}

    @Schema(name = "OutcomeStatistics", description = "Outcome reviews in a period: each case counts once, with its"
            + " latest review in the period that no other review supersedes")
    public record OutcomeStatistics(
            @Schema(description = "First day of the period (inclusive)", example = "2025-11-26") LocalDate from,
            @Schema(description = "Last day of the period (inclusive)", example = "2026-11-25") LocalDate to,
            @Schema(description = "Grouping level", example = "REGION",
                    enumeration = {"SCHEME", "FORCE", "REGION", "COHORT", "NATION"}) String groupBy,
            @Schema(description = "The filters applied") StatisticsFilters filters,
            @Schema(required = true, description = BY_CATEGORY, example = "false") boolean bySubjectCategory,
            @Schema(required = true, minimum = "0", maximum = "2147483647", description = "Counts below this are withheld", example = "5") int suppressionThreshold,
            @Schema(maxItems = 1000) List<OutcomeRow> rows) implements CsvTable {

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

    @Schema(name = "OutcomeRow", description = "Shares are fractions of casesReviewed (0 to 1, four decimals)")
    public record OutcomeRow(
            @Schema(description = GROUP, example = "N52", maxLength = 40) String group,
            @Schema(description = LABEL, example = "West Midlands", maxLength = 250) String label,
            @Schema(description = CATEGORY, example = "CONVICTED", enumeration = {"CONVICTED", "SUSPECTED"},
                    nullable = true)
            String subjectCategory,
            @Schema(minimum = "0", maximum = "9223372036854775807", description = "Cases with a (non-superseded) outcome review in the period", example = "640",
                    nullable = true) Long casesReviewed,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "160", nullable = true) Long frequencyReduced,
            @Schema(example = "0.25", nullable = true) Double frequencyReducedShare,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "384", nullable = true) Long frequencyStayedTheSame,
            @Schema(example = "0.6", nullable = true) Double frequencyStayedTheSameShare,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "96", nullable = true) Long frequencyIncreased,
            @Schema(example = "0.15", nullable = true) Double frequencyIncreasedShare,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "128", nullable = true) Long seriousnessReduced,
            @Schema(example = "0.2", nullable = true) Double seriousnessReducedShare,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "448", nullable = true) Long seriousnessStayedTheSame,
            @Schema(example = "0.7", nullable = true) Double seriousnessStayedTheSameShare,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "64", nullable = true) Long seriousnessIncreased,
            @Schema(example = "0.1", nullable = true) Double seriousnessIncreasedShare,
            @Schema(minimum = "0", maximum = "9223372036854775807", description = "Cases cautioned or convicted in the reviewed period", example = "192",
                    nullable = true) Long provenReoffending,
            @Schema(description = "provenReoffending / casesReviewed", example = "0.3", nullable = true)
            Double provenReoffendingRate,
            @Schema(description = SUPPRESSED, maxItems = 16, example = "[]") List<@Size(max = 40) String> suppressed) {}

    @Schema(name = "NeedsStatistics", description = "Needs profile of the cases active on a date, from each case's"
            + " latest needs assessment on or before that date: one row per group and need area")
    public record NeedsStatistics(
            @Schema(description = "Day the active cases and their latest assessments are taken on",
                    example = "2026-11-25") LocalDate asOf,
            @Schema(nullable = true, description = "With assessedWithinMonths: the first day a case's latest assessment may be dated"
                    + " to count as assessed (null: any assessment on or before asOf counts)", example = "2025-11-26")
            LocalDate assessedFrom,
            @Schema(description = "Grouping level", example = "NATION",
                    enumeration = {"SCHEME", "FORCE", "REGION", "COHORT", "NATION"}) String groupBy,
            @Schema(description = "The filters applied") StatisticsFilters filters,
            @Schema(required = true, description = BY_CATEGORY, example = "false") boolean bySubjectCategory,
            @Schema(required = true, minimum = "0", maximum = "2147483647", description = "Counts below this are withheld", example = "5") int suppressionThreshold,
            @Schema(maxItems = 10000) List<NeedsRow> rows) implements CsvTable {

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

    @Schema(name = "NeedsRow", description = "Shares are fractions of assessed (0 to 1, four decimals)")
    public record NeedsRow(
            @Schema(description = GROUP, example = "national", maxLength = 40) String group,
            @Schema(description = LABEL, example = "England and Wales", maxLength = 250) String label,
            @Schema(description = CATEGORY, example = "CONVICTED", enumeration = {"CONVICTED", "SUSPECTED"},
                    nullable = true)
            String subjectCategory,
            @Schema(description = "Criminogenic need area", example = "ACCOMMODATION", enumeration = {"ACCOMMODATION",
                    "EDUCATION_TRAINING_AND_EMPLOYABILITY", "FINANCIAL_MANAGEMENT_AND_INCOME", "RELATIONSHIPS",
                    "LIFESTYLE_AND_ASSOCIATES", "DRUG_MISUSE", "ALCOHOL_MISUSE", "EMOTIONAL_WELL_BEING",
                    "THINKING_AND_BEHAVIOUR", "ATTITUDES"}) String needArea,
            @Schema(minimum = "0", maximum = "9223372036854775807", description = "Cases active on asOf in the group", example = "5200", nullable = true) Long activeCases,
            @Schema(minimum = "0", maximum = "9223372036854775807", description = "Active cases with a needs assessment on or before asOf", example = "5000",
                    nullable = true) Long assessed,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "2500", nullable = true) Long noNeed,
            @Schema(example = "0.5", nullable = true) Double noNeedShare,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "1750", nullable = true) Long standard,
            @Schema(example = "0.35", nullable = true) Double standardShare,
            @Schema(minimum = "0", maximum = "9223372036854775807", example = "750", nullable = true) Long severe,
            @Schema(example = "0.15", nullable = true) Double severeShare,
            @Schema(description = SUPPRESSED, maxItems = 8, example = "[]") List<@Size(max = 40) String> suppressed) {}

    @Schema(name = "CoverageStatistics", description = "How many schemes and forces measure impact: recorded an"
            + " outcome review in the window for at least minShare of their active cases")
    public record CoverageStatistics(
            @Schema(description = "Day the active cases are counted on; the window ends on it", example = "2026-11-25")
            LocalDate asOf,
            @Schema(required = true, minimum = "1", maximum = "120", description = "Length of the window in months", example = "12") int months,
            @Schema(description = "First day of the window (inclusive)", example = "2025-11-26") LocalDate from,
            @Schema(description = "Last day of the window (inclusive): asOf", example = "2026-11-25") LocalDate to,
            @Schema(description = "Share of active cases reviewed in the window at which a scheme or force counts as"
                    + " measuring impact", example = "0.5") double minShare,
            @Schema(description = "Grouping level", example = "NATION",
                    enumeration = {"SCHEME", "FORCE", "REGION", "NATION"}) String groupBy,
            @Schema(description = "The filters applied") StatisticsFilters filters,
            @Schema(required = true, minimum = "0", maximum = "2147483647", description = "Counts of people below this are withheld", example = "5") int suppressionThreshold,
            @Schema(maxItems = 1000) List<CoverageRow> rows) implements CsvTable {

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

    @Schema(name = "CoverageRow", description = "Schemes and forces are organisations, not people: their counts are"
            + " never withheld")
    public record CoverageRow(
            @Schema(description = GROUP, example = "national", maxLength = 40) String group,
            @Schema(description = LABEL, example = "England and Wales", maxLength = 250) String label,
            @Schema(required = true, minimum = "0", maximum = "2147483647", description = "Active schemes in the group", example = "125") int schemes,
            @Schema(required = true, minimum = "0", maximum = "2147483647", description = "Of those, schemes whose reviewed share reaches minShare", example = "40")
            int schemesMeasuring,
            @Schema(required = true, minimum = "0", maximum = "2147483647", description = "Police forces in the group (national and unfiltered: all 43)", example = "43")
            int forces,
            @Schema(required = true, minimum = "0", maximum = "2147483647", description = "Of those, forces whose reviewed share over all their schemes in scope reaches"
                    + " minShare", example = "14") int forcesMeasuring,
            @Schema(minimum = "0", maximum = "9223372036854775807", description = "Cases active on asOf in the group's active schemes", example = "52000",
                    nullable = true) Long activeCases,
            @Schema(minimum = "0", maximum = "9223372036854775807", description = "Of those, cases with an outcome review (not superseded) in the window",
                    example = "20800", nullable = true) Long casesReviewed,
            @Schema(description = "casesReviewed / activeCases", example = "0.4", nullable = true) Double reviewedShare,
            @Schema(description = SUPPRESSED, maxItems = 3, example = "[]") List<@Size(max = 40) String> suppressed) {}

    @Schema(name = "StatisticsFilters", description = "Filters of a statistics request, as applied (null: not"
            + " filtered)")
    public record StatisticsFilters(
            @Schema(nullable = true, description = "Scheme ids", maxItems = 100) List<@Size(max = 36) String> schemeId,
            @Schema(description = "Police force id", example = "west-midlands", maxLength = 40, nullable = true)
            String policeForceId,
            @Schema(description = "Probation region code", example = "N52", maxLength = 3, nullable = true)
            String probationRegionCode,
            @Schema(description = "Cohort", example = "FIXED", enumeration = {"FIXED", "FLEX", "FREE"}, nullable = true)
            String cohort,
            @Schema(description = "Category of data subject (DPA 2018 s38(3))", example = "CONVICTED",
                    enumeration = {"CONVICTED", "SUSPECTED"}, nullable = true)
            String subjectCategory) {}

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
