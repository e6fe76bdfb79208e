package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.iom.statistics.StatisticsViews.CoverageRow;

/**
 * {@code statistics.coverage.forces}: the police forces measuring impact, out of the forces counted, as the coverage
 * endpoint's national row gives them ({@link LiveCoverage}): for a caller who sees every scheme, out of all 43 forces
 * (the live version of the 2020 inspection's "14 of 43 forces"); for a practitioner, the forces of their schemes.
 * Forces are organisations: never withheld.
 */
@ApplicationScoped
public class ForcesMeasuringImpact extends StatisticsLiveFigure {

    public static final String KEY = "statistics.coverage.forces";

    @Inject LiveCoverage coverage;

    public ForcesMeasuringImpact() {
        super(KEY);
    }

    @Override
    public String description() {
        return "Police forces measuring impact: forces whose IOM schemes " + coverage.rule()
                + ", out of the territorial forces (all 43 for a national view)";
    }

    @Override
    public Value current() {
        LiveCoverage.Now now = coverage.now();
        CoverageRow row = now.national();
        long measuring = row.forcesMeasuring();
        long forces = row.forces();
        return LiveValues.value(KEY, measuring + " of " + forces + " forces measure impact",
                new LiveValues.Shown(measuring, forces, LiveValues.share(measuring, forces), List.of()),
                "forces", clock.now(), LiveCoverage.PATH, now.parameters());
    }
}
