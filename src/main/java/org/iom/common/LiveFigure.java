package org.iom.common;

import java.time.Instant;
import java.util.Map;

/**
 * A live figure of the service that other features can name and show, e.g. the statistics coverage figure that a
 * recommendation ("measure impact") links to as evidence. Implementations are CDI beans; they are found by
 * {@link #key()}.
 */
public interface LiveFigure {

    /** Stable key clients use to link to this figure, e.g. {@code statistics.coverage.forces}. */
    String key();

    /** One line saying what the figure measures. */
    String description();

    /** The current value, computed now. */
    Value current();

    /**
     * The value: a number, optionally out of a total (e.g. 14 of 43 forces), with the instant it was computed and any
     * parameters that shaped it.
     */
    record Value(String key, String label, Double value, Double outOf, String unit, Instant computedAt,
            Map<String, String> parameters) {}
}
