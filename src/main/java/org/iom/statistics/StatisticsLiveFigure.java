package org.iom.statistics;

import jakarta.inject.Inject;
import org.iom.common.AppClock;
import org.iom.common.LiveFigure;

/** A live figure of the statistics (ADR 0033): its key, and the clock its values are computed by. */
abstract class StatisticsLiveFigure implements LiveFigure {

    private final String key;

    @Inject AppClock clock;

    StatisticsLiveFigure(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
