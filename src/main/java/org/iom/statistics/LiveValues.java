package org.iom.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.iom.common.LiveFigure;

/**
 * Live figure values built from the national row of a statistics answer (ADR 0033): the same numbers, the same
 * suppression, and the statistics request that answers them ({@code source}).
 */
final class LiveValues {

    private LiveValues() {}

    /** What a figure shows: a count (or null when withheld), out of a total, as a share of it. */
    record Shown(Long value, Long outOf, Double share, List<String> suppressed) {

        /** {@code value} of {@code outOf}, with {@code share}; each null when withheld ({@code withheld} names). */
        static Shown of(Long value, Long outOf, Double share, boolean valueWithheld, boolean outOfWithheld,
                boolean shareWithheld) {
            List<String> suppressed = new ArrayList<>();
            if (valueWithheld) {
                suppressed.add("value");
            }
            if (outOfWithheld) {
                suppressed.add("outOf");
            }
            if (shareWithheld) {
                suppressed.add("share");
            }
            return new Shown(value, outOf, share, List.copyOf(suppressed));
        }
    }

    /** The value of a figure for {@code shown}, with its parameters and the statistics request answering it. */
    static LiveFigure.Value value(String key, String label, Shown shown, String unit, Instant at, String path,
            Map<String, String> parameters) {
        return new LiveFigure.Value(key, label, number(shown.value()), number(shown.outOf()), shown.share(), unit, at,
                parameters, source(path, parameters), shown.suppressed());
    }

    /** The share value / outOf with four decimals (as the statistics compute shares), or null. */
    static Double share(Long value, Long outOf) {
        if (value == null || outOf == null || outOf == 0) {
            return null;
        }
        return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(outOf), 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** "12 of 40 people", "withheld" (small-number suppression) or "12 people". */
    static String label(Long value, Long outOf, String unit, String what) {
        if (value == null) {
            return what + ": withheld (small numbers)";
        }
        return what + ": " + value + (outOf == null ? "" : " of " + outOf) + " " + unit;
    }

    static Map<String, String> parameters(String... namesAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    private static String source(String path, Map<String, String> parameters) {
        return path + "?" + parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    private static Double number(Long n) {
        return n == null ? null : n.doubleValue();
    }
}
