package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.iom.statistics.StatisticsViews.OutcomeRow;
import org.iom.statistics.StatisticsViews.OutcomeStatistics;

/**
 * Reoffending outcomes of the cases reviewed in a period: each case once, with its latest review in the period that
 * no other review supersedes ({@link OutcomeQuery}). Shares are fractions of the cases reviewed. Defaults: to today,
 * from a year before to.
 */
@ApplicationScoped
public class OutcomeFigure {

    static final Suppression.Spec SPEC = new Suppression.Spec(
            List.of("casesReviewed", "frequencyReduced", "frequencyReducedShare", "frequencyStayedTheSame",
                    "frequencyStayedTheSameShare", "frequencyIncreased", "frequencyIncreasedShare",
                    "seriousnessReduced", "seriousnessReducedShare", "seriousnessStayedTheSame",
                    "seriousnessStayedTheSameShare", "seriousnessIncreased", "seriousnessIncreasedShare",
                    "provenReoffending", "provenReoffendingRate"),
            OutcomeQuery.COUNTS,
            List.of(share("frequencyReduced"), share("frequencyStayedTheSame"), share("frequencyIncreased"),
                    share("seriousnessReduced"), share("seriousnessStayedTheSame"), share("seriousnessIncreased"),
                    new Suppression.Share("provenReoffendingRate", "provenReoffending", "casesReviewed")),
            List.of(new Suppression.Partition("casesReviewed",
                            List.of("frequencyReduced", "frequencyStayedTheSame", "frequencyIncreased"), true),
                    new Suppression.Partition("casesReviewed",
                            List.of("seriousnessReduced", "seriousnessStayedTheSame", "seriousnessIncreased"), true),
                    new Suppression.Partition("casesReviewed", List.of("provenReoffending"), false)));

    @Inject StatisticsReads reads;
    @Inject OutcomeQuery reviews;

    public OutcomeStatistics of(OutcomeParams query) {
        Period period = Period.ending(query.from(), reads.dayOr(query.to()));
        Selection s = query.filter().selection();
        boolean byCohort = s.groupBy() == GroupBy.COHORT || s.cohort() != null;
        List<Suppression.Row> rows = reads.inScope(s, false, (h, scope) -> {
            List<Fact> facts = scope.isEmpty() ? List.of()
                    : reviews.latestReviews(h, new ScopeCondition(scope, s.cohort()), period, byCohort);
            return RollUp.rows(s.groupBy(), scope, facts, s.cohort(), RollUp.NO_SERIES);
        });
        int threshold = reads.threshold();
        Suppression.apply(rows, SPEC, threshold);
        return new OutcomeStatistics(period.from(), period.to(), s.groupBy().name(), s.filters(), threshold,
                rows.stream().map(OutcomeFigure::row).toList());
    }

    private static OutcomeRow row(Suppression.Row r) {
        Function<String, Double> sh = n -> r.share(SPEC.share(n));
        return new OutcomeRow(r.group, r.label, r.published("casesReviewed"),
                r.published("frequencyReduced"), sh.apply("frequencyReducedShare"),
                r.published("frequencyStayedTheSame"), sh.apply("frequencyStayedTheSameShare"),
                r.published("frequencyIncreased"), sh.apply("frequencyIncreasedShare"),
                r.published("seriousnessReduced"), sh.apply("seriousnessReducedShare"),
                r.published("seriousnessStayedTheSame"), sh.apply("seriousnessStayedTheSameShare"),
                r.published("seriousnessIncreased"), sh.apply("seriousnessIncreasedShare"),
                r.published("provenReoffending"), sh.apply("provenReoffendingRate"),
                r.suppressed(SPEC));
    }

    private static Suppression.Share share(String count) {
        return new Suppression.Share(count + "Share", count, "casesReviewed");
    }
}
