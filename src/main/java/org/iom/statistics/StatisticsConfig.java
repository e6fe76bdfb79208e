package org.iom.statistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** The statistics' configuration, {@code iom.statistics.*}: each default lives here (docs/statistics.md). */
@ConfigMapping(prefix = "iom.statistics")
public interface StatisticsConfig {

    /** Counts below this are withheld, with every share computed from them and complementary figures. */
    @WithDefault("5")
    int suppressionThreshold();

    /** Sort memory of a statistics query (the latest review per case needs memory rather than disk). */
    @WithDefault("64MB")
    String workMem();

    /** A runaway statistics query stops after this. */
    @WithDefault("30s")
    String statementTimeout();

    /** Planner cost of a random page read for statistics queries: their covering indexes are normally cached. */
    @WithDefault("1.1")
    double randomPageCost();

    /** The live figure {@code statistics.coverage.forces} ({@link ForcesMeasuringImpact}). */
    Coverage coverage();

    /** The live figure {@code statistics.needs.assessed} ({@link NeedsAssessed}). */
    Needs needs();

    interface Needs {

        /** Only a latest needs assessment dated within this many months counts as assessed. */
        @WithDefault("12")
        int months();
    }

    interface Coverage {

        /** Review window in months. */
        @WithDefault("12")
        int months();

        /** Share of the active cases reviewed in the window at which a force measures impact. */
        @WithDefault("0.5")
        BigDecimal minShare();
    }
}
