package org.iom.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iom.scheme.Cohort;
import org.iom.statistics.Scope.SchemeInfo;

/**
 * Facts (per scheme and cohort) rolled up to the requested level. A case belongs to exactly one scheme and cohort, so
 * the counts add up exactly. Every group of the level is listed, in order, even with no facts: for scheme, force and
 * region grouping every group with a scheme in scope; for cohort the three cohorts (or the filtered one); one national
 * row. A series (the needs' areas) makes one row per group and series item.
 */
final class RollUp {

    static final String NATIONAL = "national";
    static final String NATION_LABEL = "England and Wales";
    /** No series: one row per group. */
    static final List<String> NO_SERIES = Collections.singletonList(null);

    private RollUp() {}

    /** The rows of the level, each with the sum of the counts of its facts. */
    static List<Suppression.Row> rows(GroupBy groupBy, Scope scope, Collection<Fact> facts, Cohort cohortFilter,
            List<String> series) {
        Map<String, Suppression.Row> groups = groups(groupBy, scope, cohortFilter, series);
        for (Fact f : facts) {
            SchemeInfo s = scope.schemes().get(f.schemeId());
            if (s == null) {
                continue;
            }
            String key = key(groupBy, s, f.cohort());
            for (String item : series) {
                Suppression.Row row = groups.get(item == null ? key : key + "\u0000" + item);
                if (row != null) {
                    f.counts().forEach(row::add);
                }
            }
        }
        return new ArrayList<>(groups.values());
    }

    /** The groups of the level, in order, with zero counts, by key (and series item). */
    static Map<String, Suppression.Row> groups(GroupBy groupBy, Scope scope, Cohort cohortFilter,
            List<String> series) {
        Map<String, String> labels = new LinkedHashMap<>();
        switch (groupBy) {
            case NATION -> labels.put(NATIONAL, NATION_LABEL);
            case COHORT -> {
                for (Cohort c : Cohort.values()) {
                    if (cohortFilter == null || cohortFilter == c) {
                        labels.put(c.name(), label(c));
                    }
                }
            }
            case SCHEME -> scope.schemes().values().forEach(s ->
                    labels.put(s.id().toString(), s.name() + " (" + s.code() + ")"));
            case FORCE -> scope.schemes().values().stream().sorted(Comparator.comparing(SchemeInfo::forceId))
                    .forEach(s -> labels.putIfAbsent(s.forceId(), s.forceName()));
            case REGION -> scope.schemes().values().stream().sorted(Comparator.comparing(SchemeInfo::regionCode))
                    .forEach(s -> labels.putIfAbsent(s.regionCode(), s.regionName()));
        }
        Map<String, Suppression.Row> groups = new LinkedHashMap<>();
        labels.forEach((key, label) -> {
            for (String item : series) {
                groups.put(item == null ? key : key + "\u0000" + item, new Suppression.Row(key, label, item));
            }
        });
        return groups;
    }

    /** The group of a scheme (and cohort) at the level. */
    static String key(GroupBy groupBy, SchemeInfo s, String cohort) {
        return switch (groupBy) {
            case NATION -> NATIONAL;
            case COHORT -> cohort;
            case SCHEME -> s.id().toString();
            case FORCE -> s.forceId();
            case REGION -> s.regionCode();
        };
    }

    /** Fixed, Flex, Free. */
    private static String label(Cohort c) {
        return c.name().charAt(0) + c.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
