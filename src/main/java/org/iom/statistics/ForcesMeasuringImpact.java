package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iom.common.AppClock;
import org.iom.common.LiveFigure;
import org.iom.statistics.StatisticsViews.CoverageRow;
import org.iom.statistics.StatisticsViews.CoverageStatistics;

/**
 * {@code statistics.coverage.forces}: how many of the 43 police forces measure impact, i.e. recorded an outcome review
 * in the last {@code iom.statistics.coverage.months} months for at least {@code iom.statistics.coverage.min-share}
 * ({@link StatisticsConfig.Coverage}) of the active cases of their schemes. The live version of the 2020 inspection's
 * "14 of 43 forces". A national figure over every scheme, whoever asks (no person can be identified
 * from it).
 */
@ApplicationScoped
public class ForcesMeasuringImpact implements LiveFigure {

    public static final String KEY = "statistics.coverage.forces";

    @Inject
    CoverageFigure coverage;

    @Inject
    AppClock clock;

    @Inject
    StatisticsConfig config;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String description() {
        int months = config.coverage().months();
        BigDecimal minShare = config.coverage().minShare();
        return "Police forces measuring impact: forces whose IOM schemes recorded an outcome review in the last "
                + months + " months for at least " + minShare.multiply(BigDecimal.valueOf(100)).stripTrailingZeros()
                        .toPlainString() + "% of their active cases, out of the 43 territorial forces";
    }

    @Override
    public Value current() {
        int months = config.coverage().months();
        BigDecimal minShare = config.coverage().minShare();
        CoverageStatistics figures = coverage.national(clock.today(), months, minShare);
        CoverageRow national = figures.rows().get(0);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("asOf", figures.asOf().toString());
        parameters.put("months", Integer.toString(months));
        parameters.put("minShare", minShare.toPlainString());
        return new Value(KEY, national.forcesMeasuring() + " of " + national.forces() + " forces measure impact",
                (double) national.forcesMeasuring(), (double) national.forces(), "forces", clock.now(), parameters);
    }
}
