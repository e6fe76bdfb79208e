package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iom.statistics.StatisticsViews.NeedsRow;
import org.iom.statistics.StatisticsViews.NeedsStatistics;

/**
 * {@code statistics.needs.assessed}: the active cases whose latest needs assessment is dated within the last
 * {@code iom.statistics.needs.months} months, out of the active cases: the needs endpoint's national {@code assessed}
 * and {@code activeCases} (with {@code assessedWithinMonths}), suppressed like them; the share when both are shown.
 * The "service-user need data" the 2020 inspection asked for.
 */
@ApplicationScoped
public class NeedsAssessed extends StatisticsLiveFigure {

    public static final String KEY = "statistics.needs.assessed";

    @Inject NeedsFigure needs;
    @Inject StatisticsConfig config;

    public NeedsAssessed() {
        super(KEY);
    }

    @Override
    public String description() {
        return "Active cases with a needs assessment in the last " + config.needs().months()
                + " months, out of the active cases";
    }

    @Override
    public Value current() {
        int months = config.needs().months();
        NeedsStatistics answer = needs.of(new NeedsParams(clock.today(), StatisticsFilterParams.NATIONAL, months));
        NeedsRow row = answer.rows().get(0);
        Long assessed = row.assessed();
        Long active = row.activeCases();
        LiveValues.Shown shown = LiveValues.Shown.of(assessed, active, LiveValues.share(assessed, active),
                assessed == null, active == null, assessed == null || active == null);
        return LiveValues.value(KEY, LiveValues.label(assessed, active, "active cases", "Assessed in the last "
                        + months + " months"), shown, "cases", clock.now(), "/v1/statistics/needs",
                LiveValues.parameters("asOf", answer.asOf().toString(), "assessedWithinMonths",
                        Integer.toString(months)));
    }
}
