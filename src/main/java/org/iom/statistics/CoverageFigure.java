package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iom.statistics.StatisticsViews.CoverageRow;
import org.iom.statistics.StatisticsViews.CoverageStatistics;
import org.jdbi.v3.core.Handle;

/**
 * How many schemes and forces measure impact: of their cases active on asOf, at least minShare have an outcome review
 * (not superseded) in the window of {@code months} months up to asOf ({@link CoverageQuery}). A force measures impact
 * when that holds over all its schemes in scope together. Only active schemes count. Scheme and force counts are
 * organisations, never suppressed ({@link Organisations}); case counts are.
 */
@ApplicationScoped
public class CoverageFigure {

    static final Suppression.Spec SPEC = new Suppression.Spec(
            List.of("activeCases", "casesReviewed", "reviewedShare"), List.of("activeCases", "casesReviewed"),
            List.of(new Suppression.Share("reviewedShare", "casesReviewed", "activeCases")), List.of());

    @Inject StatisticsReads reads;
    @Inject CoverageQuery reviews;
    @Inject CaseCountQuery cases;
    @Inject SchemeScopeQuery schemes;

    public CoverageStatistics of(CoverageParams query) {
        Selection s = query.filter().selection();
        LocalDate asOf = reads.dayOr(query.asOf());
        int months = query.windowMonths();
        BigDecimal minShare = query.share();
        Period window = Period.monthsTo(asOf, months);
        Organisations orgs = reads.inScope(s, true, (h, scope) -> {
            // Unrestricted: every force counts, with or without a scheme (the inspection's "of 43").
            List<String> everyForce = s.groupBy() == GroupBy.NATION && !scope.schemeSubset()
                    ? schemes.forces(h, s.policeForceId()) : List.of();
            return new Organisations(s.groupBy(), scope, facts(h, scope, s, window), minShare, everyForce);
        });
        List<Suppression.Row> rows = orgs.rows();
        int threshold = reads.threshold();
        Suppression.apply(rows, SPEC, threshold);
        return new CoverageStatistics(asOf, months, window.from(), window.to(), minShare.doubleValue(),
                s.groupBy().name(), s.filters(), threshold, rows.stream().map(r -> new CoverageRow(r.group, r.label,
                        orgs.schemes(r.group), orgs.schemesMeasuring(r.group), orgs.forces(r.group),
                        orgs.forcesMeasuring(r.group), r.published("activeCases"), r.published("casesReviewed"),
                        r.share(SPEC.share("reviewedShare")), r.suppressed(SPEC))).toList());
    }

    /** Per scheme: the cases reviewed in the window, and the cases active at its end. */
    private List<Fact> facts(Handle h, Scope scope, Selection s, Period window) {
        List<Fact> facts = new ArrayList<>();
        if (!scope.isEmpty()) {
            ScopeCondition where = new ScopeCondition(scope, s.cohort());
            facts.addAll(reviews.reviewed(h, where, window));
            facts.addAll(cases.activeCases(h, where, window.to(), false));
        }
        return facts;
    }
}
