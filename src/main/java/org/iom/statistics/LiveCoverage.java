package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.iom.common.AppClock;
import org.iom.statistics.StatisticsViews.CoverageRow;
import org.iom.statistics.StatisticsViews.CoverageStatistics;

/**
 * The coverage answer the live figures {@code statistics.coverage.*} show: {@code GET /v1/statistics/coverage} for
 * today with {@code iom.statistics.coverage.months} and {@code min-share}, national row, the caller's scope.
 */
@ApplicationScoped
class LiveCoverage {

    static final String PATH = "/v1/statistics/coverage";

    /** The national row and the parameters of the request that answers it. */
    record Now(CoverageRow national, Map<String, String> parameters) {}

    @Inject CoverageFigure coverage;
    @Inject AppClock clock;
    @Inject StatisticsConfig config;

    Now now() {
        int months = config.coverage().months();
        BigDecimal minShare = config.coverage().minShare();
        CoverageStatistics answer = coverage.of(new CoverageParams(clock.today(), months, minShare,
                StatisticsFilterParams.NATIONAL));
        return new Now(answer.rows().get(0), LiveValues.parameters("asOf", answer.asOf().toString(),
                "months", Integer.toString(months), "minShare", minShare.toPlainString()));
    }

    /** "in the last 12 months for at least 50% of their active cases". */
    String rule() {
        return "recorded an outcome review in the last " + config.coverage().months() + " months for at least "
                + config.coverage().minShare().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()
                + "% of their active cases";
    }
}
