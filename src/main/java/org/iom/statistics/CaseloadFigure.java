package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.iom.statistics.StatisticsViews.CaseloadRow;
import org.iom.statistics.StatisticsViews.CaseloadStatistics;

/**
 * People managed on a date (active), selected and exited in a period. Defaults: asOf today, to = asOf, from = a year
 * before to. Aggregated in SQL per scheme and cohort ({@link CaseCountQuery}), rolled up, then suppressed.
 */
@ApplicationScoped
public class CaseloadFigure {

    static final Suppression.Spec SPEC = new Suppression.Spec(CaseCountQuery.COUNTS, CaseCountQuery.COUNTS, List.of(),
            List.of());

    @Inject StatisticsReads reads;
    @Inject CaseCountQuery cases;

    public CaseloadStatistics of(CaseloadParams query) {
        LocalDate asOf = reads.dayOr(query.asOf());
        Period period = Period.ending(query.from(), query.to() != null ? query.to() : asOf);
        Selection s = query.filter().selection();
        List<Suppression.Row> rows = reads.inScope(s, false, (h, scope) -> {
            List<Fact> facts = scope.isEmpty() ? List.of()
                    : cases.counts(h, new ScopeCondition(scope, s.cohort()), asOf, period, true);
            return RollUp.rows(s.groupBy(), scope, facts, s.cohort(), RollUp.NO_SERIES);
        });
        int threshold = reads.threshold();
        Suppression.apply(rows, SPEC, threshold);
        return new CaseloadStatistics(asOf, period.from(), period.to(), s.groupBy().name(), s.filters(), threshold,
                rows.stream().map(r -> new CaseloadRow(r.group, r.label, r.published("active"),
                        r.published("selected"), r.published("exited"), r.suppressed(SPEC))).toList());
    }
}
