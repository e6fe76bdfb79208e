package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iom.caseload.NeedArea;
import org.iom.caseload.Severity;
import org.iom.statistics.StatisticsViews.NeedsRow;
import org.iom.statistics.StatisticsViews.NeedsStatistics;

/**
 * Needs profile of the cases active on a date, from each case's latest needs assessment on or before it
 * ({@link NeedsQuery}): per group and need area, how many have no need, a standard or a severe need, and their shares
 * of the assessed cases. One row per group and need area. Default: asOf today.
 */
@ApplicationScoped
public class NeedsFigure {

    static final Suppression.Spec SPEC = new Suppression.Spec(
            List.of("activeCases", "assessed", "noNeed", "noNeedShare", "standard", "standardShare", "severe",
                    "severeShare"),
            List.of("activeCases", "assessed", "noNeed", "standard", "severe"),
            List.of(new Suppression.Share("noNeedShare", "noNeed", "assessed"),
                    new Suppression.Share("standardShare", "standard", "assessed"),
                    new Suppression.Share("severeShare", "severe", "assessed")),
            List.of(new Suppression.Partition("assessed", List.of("noNeed", "standard", "severe"), true)));

    /** The rows' series: the need areas, in their order. */
    static final List<String> AREAS = Arrays.stream(NeedArea.values()).map(NeedArea::name).toList();

    @Inject StatisticsReads reads;
    @Inject NeedsQuery needs;
    @Inject CaseCountQuery cases;

    public NeedsStatistics of(NeedsParams query) {
        LocalDate asOf = reads.dayOr(query.asOf());
        LocalDate assessedFrom = query.assessedFrom(asOf);
        Selection s = query.filter().selection();
        List<Suppression.Row> rows = reads.inScope(s, false, (h, scope) -> {
            List<Fact> facts = new ArrayList<>();
            if (!scope.isEmpty()) {
                ScopeCondition where = new ScopeCondition(scope, s.cohort());
                facts.addAll(needs.current(h, where, asOf, assessedFrom));
                facts.addAll(cases.activeCases(h, where, asOf, true));
            }
            return RollUp.rows(s.groupBy(), scope, facts, s.cohort(), AREAS);
        });
        rows.forEach(NeedsFigure::keepOwnArea);
        int threshold = reads.threshold();
        Suppression.apply(rows, SPEC, threshold);
        return new NeedsStatistics(asOf, assessedFrom, s.groupBy().name(), s.filters(), threshold, rows.stream()
                .map(r -> new NeedsRow(r.group, r.label, r.series, r.published("activeCases"), r.published("assessed"),
                        r.published("noNeed"), r.share(SPEC.share("noNeedShare")), r.published("standard"),
                        r.share(SPEC.share("standardShare")), r.published("severe"), r.share(SPEC.share("severeShare")),
                        r.suppressed(SPEC)))
                .toList());
    }

    /** The SQL counts every area of a group at once; each row keeps its own area's counts. */
    private static void keepOwnArea(Suppression.Row row) {
        NeedArea area = NeedArea.valueOf(row.series);
        Map<String, Long> all = new LinkedHashMap<>(row.counts);
        row.counts.clear();
        row.counts.put("activeCases", all.getOrDefault("activeCases", 0L));
        row.counts.put("assessed", all.getOrDefault("assessed", 0L));
        row.counts.put("noNeed", all.getOrDefault(NeedsQuery.count(area, Severity.NO_NEED), 0L));
        row.counts.put("standard", all.getOrDefault(NeedsQuery.count(area, Severity.STANDARD), 0L));
        row.counts.put("severe", all.getOrDefault(NeedsQuery.count(area, Severity.SEVERE), 0L));
    }
}
