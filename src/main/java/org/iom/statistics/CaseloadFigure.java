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
        List<Suppression.Row> rows = reads.rows(s, RollUp.NO_SERIES,
                (h, where) -> cases.counts(h, where, asOf, period, true));
        int threshold = reads.threshold();
        Suppression.apply(rows, SPEC, threshold);
        return new CaseloadStatistics(asOf, period.from(), period.to(), s.groupBy().name(), s.filters(),
                s.bySubjectCategory(), threshold, rows.stream().map(r -> new CaseloadRow(r.group, r.label,
                        r.subjectCategory, r.published("active"),
                        r.published("selected"), r.published("exited"), r.suppressed(SPEC))).toList());
    }
}
