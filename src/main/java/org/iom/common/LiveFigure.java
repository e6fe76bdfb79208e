package org.iom.common;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A live figure of the service that other features can name and show, e.g. the statistics coverage figure that a
 * recommendation ("measure impact") or an inspection's finding links to. Implementations are CDI beans; they are found
 * by {@link #key()}. A figure computed from case data is scoped and suppressed like the statistics endpoint it comes
 * from (ADR 0033).
 */
public interface LiveFigure {

    /** Several figures of one bean (e.g. the counts of one answer): each is found by its key as a bean of its own. */
    interface Family {
        List<LiveFigure> figures();
    }

    /** Stable key clients use to link to this figure, e.g. {@code statistics.coverage.forces}. */
    String key();

    /** One line saying what the figure measures. */
    String description();

    /** The current value, computed now, for the caller. */
    Value current();

    /**
     * The value: a number, optionally out of a total (e.g. 14 of 43 forces) and as a share of it, with the instant it
     * was computed, the parameters that shaped it, the request of another endpoint that answers the same number
     * ({@code source}, null when none) and which of {@code value}, {@code outOf}, {@code share} small-number
     * suppression withheld (they are null).
     */
    record Value(String key, String label, Double value, Double outOf, Double share, String unit, Instant computedAt,
            Map<String, String> parameters, String source, List<String> suppressed) {

        /** A value with no share, source or suppression. */
        public Value(String key, String label, Double value, Double outOf, String unit, Instant computedAt,
                Map<String, String> parameters) {
            this(key, label, value, outOf, null, unit, computedAt, parameters, null, List.of());
        }
    }
}
