package org.iom.statistics;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.iom.caseload.SubjectCategory;
import org.iom.scheme.Cohort;
import org.iom.statistics.StatisticsViews.StatisticsFilters;

/**
 * What a statistics request selects and how it groups, from the operation's query record: grouping (default nation),
 * scheme ids (each once), police force, probation region, cohort and category of data subject (null: not filtered;
 * blank counts as absent); {@code bySubjectCategory}: each group broken down by category of data subject.
 */
record Selection(GroupBy groupBy, List<UUID> schemeIds, String policeForceId, String probationRegionCode,
        Cohort cohort, SubjectCategory subjectCategory, boolean bySubjectCategory) {

    Selection {
        groupBy = groupBy == null ? GroupBy.NATION : groupBy;
        schemeIds = schemeIds == null ? List.of() : schemeIds.stream().filter(Objects::nonNull).distinct().toList();
        policeForceId = given(policeForceId);
        probationRegionCode = given(probationRegionCode);
    }

    /** The filters as the answer echoes them. */
    StatisticsFilters filters() {
        return new StatisticsFilters(schemeIds.isEmpty() ? null : schemeIds.stream().map(UUID::toString).toList(),
                policeForceId, probationRegionCode, cohort == null ? null : cohort.name(),
                subjectCategory == null ? null : subjectCategory.name());
    }

    /** The conditions on the aggregates' columns for the schemes in {@code scope} and these filters. */
    ScopeCondition where(Scope scope) {
        return new ScopeCondition(scope, cohort, subjectCategory);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
