package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.function.Function;
import org.iom.common.AppClock;
import org.iom.common.LiveFigure;
import org.iom.statistics.StatisticsViews.OutcomeRow;
import org.iom.statistics.StatisticsViews.OutcomeStatistics;

/**
 * {@code statistics.outcomes.*}: outcome counts of the cases reviewed in the last year (the outcomes endpoint's
 * default period, national row, the caller's scope), each with its share of the cases reviewed, suppressed like the
 * endpoint. The live versions of the 2020 inspection's reoffending findings.
 */
@ApplicationScoped
class OutcomeLiveFigures {

    static final String PREFIX = "statistics.outcomes.";

    @Inject OutcomeFigure outcomes;
    @Inject AppClock clock;

    @Produces
    @Singleton
    LiveFigure frequencyReduced() {
        return new Outcome("frequencyReduced", "frequency of reoffending reduced", "frequencyReducedShare",
                OutcomeRow::frequencyReduced, OutcomeRow::frequencyReducedShare);
    }

    @Produces
    @Singleton
    LiveFigure frequencyStayedTheSame() {
        return new Outcome("frequencyStayedTheSame", "frequency of reoffending stayed the same",
                "frequencyStayedTheSameShare", OutcomeRow::frequencyStayedTheSame,
                OutcomeRow::frequencyStayedTheSameShare);
    }

    @Produces
    @Singleton
    LiveFigure seriousnessReduced() {
        return new Outcome("seriousnessReduced", "seriousness of reoffending reduced", "seriousnessReducedShare",
                OutcomeRow::seriousnessReduced, OutcomeRow::seriousnessReducedShare);
    }

    @Produces
    @Singleton
    LiveFigure seriousnessStayedTheSame() {
        return new Outcome("seriousnessStayedTheSame", "seriousness of reoffending stayed the same",
                "seriousnessStayedTheSameShare", OutcomeRow::seriousnessStayedTheSame,
                OutcomeRow::seriousnessStayedTheSameShare);
    }

    @Produces
    @Singleton
    LiveFigure provenReoffending() {
        return new Outcome("provenReoffending", "cautioned or convicted in the reviewed period",
                "provenReoffendingRate", OutcomeRow::provenReoffending, OutcomeRow::provenReoffendingRate);
    }

    /** One count of the outcomes answer, out of casesReviewed, with its share. */
    private final class Outcome implements LiveFigure {
        private final String count;
        private final String meaning;
        private final String shareName;
        private final Function<OutcomeRow, Long> value;
        private final Function<OutcomeRow, Double> share;

        Outcome(String count, String meaning, String shareName, Function<OutcomeRow, Long> value,
                Function<OutcomeRow, Double> share) {
            this.count = count;
            this.meaning = meaning;
            this.shareName = shareName;
            this.value = value;
            this.share = share;
        }

        @Override
        public String key() {
            return PREFIX + count;
        }

        @Override
        public String description() {
            return "Cases reviewed in the last year (each case's latest outcome review) whose " + meaning
                    + ", out of the cases reviewed";
        }

        @Override
        public Value current() {
            OutcomeStatistics answer = outcomes.of(new OutcomeParams(null, clock.today(),
                    StatisticsFilterParams.NATIONAL));
            OutcomeRow row = answer.rows().get(0);
            LiveValues.Shown shown = LiveValues.Shown.of(value.apply(row), row.casesReviewed(), share.apply(row),
                    row.suppressed().contains(count), row.suppressed().contains("casesReviewed"),
                    row.suppressed().contains(shareName));
            return LiveValues.value(key(), LiveValues.label(shown.value(), shown.outOf(), "cases reviewed",
                            Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1)), shown, "cases",
                    clock.now(), "/v1/statistics/outcomes",
                    LiveValues.parameters("from", answer.from().toString(), "to", answer.to().toString()));
        }
    }
}
