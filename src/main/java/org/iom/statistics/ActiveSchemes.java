package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code statistics.coverage.schemes}: the ACTIVE IOM schemes in the caller's scope, as the coverage endpoint's national
 * row counts them ({@link LiveCoverage}). The live version of the 2020 inspection's "125 schemes". Schemes are
 * organisations: never withheld.
 */
@ApplicationScoped
public class ActiveSchemes extends StatisticsLiveFigure {

    public static final String KEY = "statistics.coverage.schemes";

    @Inject LiveCoverage coverage;

    public ActiveSchemes() {
        super(KEY);
    }

    @Override
    public String description() {
        return "Active IOM schemes (England and Wales for a national view; a practitioner's own schemes otherwise)";
    }

    @Override
    public Value current() {
        LiveCoverage.Now now = coverage.now();
        long schemes = now.national().schemes();
        return LiveValues.value(KEY, LiveValues.label(schemes, null, "schemes", "Active schemes"),
                new LiveValues.Shown(schemes, null, null, List.of()), "schemes", clock.now(), LiveCoverage.PATH,
                now.parameters());
    }
}
