package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iom.statistics.StatisticsViews.CaseloadRow;
import org.iom.statistics.StatisticsViews.CaseloadStatistics;

/**
 * {@code statistics.caseload.active}: the people managed under IOM today, the caseload endpoint's national
 * {@code active} for today in the caller's scope, suppressed like it. The 2020 inspection found this "not known".
 */
@ApplicationScoped
public class PeopleManaged extends StatisticsLiveFigure {

    public static final String KEY = "statistics.caseload.active";

    @Inject CaseloadFigure caseload;

    public PeopleManaged() {
        super(KEY);
    }

    @Override
    public String description() {
        return "People managed under IOM today: cases selected on or before today and not exited";
    }

    @Override
    public Value current() {
        CaseloadStatistics answer = caseload.of(new CaseloadParams(clock.today(), null, null,
                StatisticsFilterParams.NATIONAL));
        CaseloadRow row = answer.rows().get(0);
        return LiveValues.value(KEY, LiveValues.label(row.active(), null, "people", "People managed"),
                LiveValues.Shown.of(row.active(), null, null, row.suppressed().contains("active"), false, false),
                "people", clock.now(), "/v1/statistics/caseload",
                LiveValues.parameters("asOf", answer.asOf().toString()));
    }
}
