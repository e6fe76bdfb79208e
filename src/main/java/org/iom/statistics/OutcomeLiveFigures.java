package org.iom.statistics;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.iom.common.AppClock;
import org.iom.common.LiveFigure;
import org.iom.common.Records;
import org.iom.statistics.StatisticsViews.OutcomeRow;
import org.iom.statistics.StatisticsViews.OutcomeStatistics;

/**
 * {@code statistics.outcomes.*}: outcome counts of the cases reviewed in the last year (the outcomes endpoint's
 * default period, national row, the caller's scope), each with its share of the cases reviewed, suppressed like the
 * endpoint. The live versions of the 2020 inspection's reoffending findings.
 */
@Singleton
class OutcomeLiveFigures implements LiveFigure.Family {

    static final String PREFIX = "statistics.outcomes.";

    @Inject OutcomeFigure outcomes;
    @Inject AppClock clock;

    /** The counts of {@link OutcomeRow} that are figures: each with what it means and the name of its share. */
    private final List<LiveFigure> figures = List.of(
            new Outcome("frequencyReduced", "frequency of reoffending reduced", "frequencyReducedShare"),
            new Outcome("frequencyStayedTheSame", "frequency of reoffending stayed the same",
                    "frequencyStayedTheSameShare"),
            new Outcome("seriousnessReduced", "seriousness of reoffending reduced", "seriousnessReducedShare"),
            new Outcome("seriousnessStayedTheSame", "seriousness of reoffending stayed the same",
                    "seriousnessStayedTheSameShare"),
            new Outcome("provenReoffending", "cautioned or convicted in the reviewed period", "provenReoffendingRate"));

    @Override
    public List<LiveFigure> figures() {
        return figures;
    }

    /** One count of the outcomes answer, out of casesReviewed, with its share. */
    private final class Outcome implements LiveFigure {
        private final String count;
        private final String meaning;
        private final String shareName;

        Outcome(String count, String meaning, String shareName) {
            this.count = count;
            this.meaning = meaning;
            this.shareName = shareName;
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
            Map<String, Object> fields = Records.values(row);
            LiveValues.Shown shown = LiveValues.Shown.of((Long) fields.get(count), row.casesReviewed(),
                    (Double) fields.get(shareName),
                    row.suppressed().contains(count), row.suppressed().contains("casesReviewed"),
                    row.suppressed().contains(shareName));
            return LiveValues.value(key(), LiveValues.label(shown.value(), shown.outOf(), "cases reviewed",
                            Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1)), shown, "cases",
                    clock.now(), "/v1/statistics/outcomes",
                    LiveValues.parameters("from", answer.from().toString(), "to", answer.to().toString()));
        }
    }
}
