package org.iom.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iom.caseload.SubjectCategory;
import org.iom.scheme.Cohort;
import org.iom.statistics.Scope.SchemeInfo;

/**
 * Facts (per scheme, cohort and category of data subject) rolled up to the requested level, and broken down by category
 * when asked. A case belongs to exactly one scheme, cohort and category, so the counts add up exactly. Every group of
 * the level is listed, in order, even with no facts: for scheme, force and region grouping every group with a scheme
 * in scope; for cohort the three cohorts (or the filtered one); one national row. A breakdown by category makes one
 * row per group and category; a series (the needs' areas) one row per group and series item.
 */
final class RollUp {

    static final String NATIONAL = "national";
    static final String NATION_LABEL = "England and Wales";
    /** No series: one row per group. */
    static final List<String> NO_SERIES = Collections.singletonList(null);

    private RollUp() {}

    /**
     * The rows of the selection's level, each with the sum of the counts of its facts; with
     * {@code bySubjectCategory}, one row per group and category of data subject (and series item).
     */
    static List<Suppression.Row> rows(Selection selection, Scope scope, Collection<Fact> facts, List<String> series) {
        GroupBy groupBy = selection.groupBy();
        Map<String, Suppression.Row> groups = groups(groupBy, scope, selection, series);
        for (Fact f : facts) {
            SchemeInfo s = scope.schemes().get(f.schemeId());
            if (s == null) {
                continue;
            }
            String key = key(groupBy, s, f.cohort())
                    + (selection.bySubjectCategory() ? "\u0001" + f.subjectCategory() : "");
            for (String item : series) {
                Suppression.Row row = groups.get(item == null ? key : key + "\u0000" + item);
                if (row != null) {
                    f.counts().forEach(row::add);
                }
            }
        }
        return new ArrayList<>(groups.values());
    }

    /**
     * The groups of the level, in order, with zero counts, by key (and category, and series item); {@code filter} (may
     * be null: no filter, no breakdown) narrows the cohorts listed and breaks the groups down by category.
     */
    static Map<String, Suppression.Row> groups(GroupBy groupBy, Scope scope, Selection filter, List<String> series) {
        Map<String, String> labels = new LinkedHashMap<>();
        switch (groupBy) {
            case NATION -> labels.put(NATIONAL, NATION_LABEL);
            case COHORT -> {
                for (Cohort c : Cohort.values()) {
                    if (filter == null || filter.cohort() == null || filter.cohort() == c) {
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
            for (String category : categories(filter)) {
                String split = category == null ? key : key + "\u0001" + category;
                for (String item : series) {
                    groups.put(item == null ? split : split + "\u0000" + item,
                            new Suppression.Row(key, label, item, category));
                }
            }
        });
        return groups;
    }

    /** The categories of data subject each group is broken down into: none (one null), both, or the filtered one. */
    private static List<String> categories(Selection filter) {
        if (filter == null || !filter.bySubjectCategory()) {
            return NO_SERIES;
        }
        return Arrays.stream(SubjectCategory.values())
                .filter(c -> filter.subjectCategory() == null || filter.subjectCategory() == c).map(Enum::name).toList();
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
