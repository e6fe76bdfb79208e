package org.iom.statistics;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iom.statistics.Scope.SchemeInfo;

/**
 * The coverage of the schemes and forces in scope, per group: which measure impact (at least {@code minShare} of their
 * active cases reviewed in the window; a force over all its schemes in scope together), and the case counts of each
 * group's rows.
 */
final class Organisations {

    /** Active cases and cases reviewed. */
    private record Counts(long active, long reviewed) {

        Counts plus(Counts other) {
            return new Counts(active + other.active, reviewed + other.reviewed);
        }

        boolean measures(BigDecimal minShare) {
            return active > 0 && BigDecimal.valueOf(reviewed).compareTo(minShare.multiply(BigDecimal.valueOf(active)))
                    >= 0;
        }
    }

    private static final Counts NONE = new Counts(0, 0);

    private final Map<String, Suppression.Row> groups;
    private final Map<String, int[]> schemeCounts = new LinkedHashMap<>();
    private final Map<String, Set<String>> forcesOfGroup = new LinkedHashMap<>();
    private final Set<String> forcesMeasuring = new LinkedHashSet<>();

    /** {@code everyForce}: forces the national row counts besides those of the schemes (all 43 when unrestricted). */
    Organisations(GroupBy groupBy, Scope scope, Collection<Fact> facts, BigDecimal minShare, List<String> everyForce) {
        Map<UUID, Counts> perScheme = perScheme(scope, facts);
        Map<String, Counts> perForce = new LinkedHashMap<>();
        for (SchemeInfo s : scope.schemes().values()) {
            perForce.merge(s.forceId(), perScheme.getOrDefault(s.id(), NONE), Counts::plus);
        }
        perForce.forEach((force, c) -> {
            if (c.measures(minShare)) {
                forcesMeasuring.add(force);
            }
        });
        groups = RollUp.groups(groupBy, scope, null, RollUp.NO_SERIES);
        for (String key : groups.keySet()) {
            schemeCounts.put(key, new int[2]);
            forcesOfGroup.put(key, new LinkedHashSet<>());
        }
        for (SchemeInfo s : scope.schemes().values()) {
            String key = RollUp.key(groupBy, s, null);
            Counts c = perScheme.getOrDefault(s.id(), NONE);
            groups.get(key).add("activeCases", c.active());
            groups.get(key).add("casesReviewed", c.reviewed());
            schemeCounts.get(key)[0]++;
            if (c.measures(minShare)) {
                schemeCounts.get(key)[1]++;
            }
            forcesOfGroup.get(key).add(s.forceId());
        }
        if (!everyForce.isEmpty()) {
            forcesOfGroup.get(RollUp.NATIONAL).addAll(everyForce);
        }
    }

    private static Map<UUID, Counts> perScheme(Scope scope, Collection<Fact> facts) {
        Map<UUID, Counts> perScheme = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (scope.schemes().containsKey(f.schemeId())) {
                perScheme.merge(f.schemeId(), new Counts(f.counts().getOrDefault("activeCases", 0L),
                        f.counts().getOrDefault("casesReviewed", 0L)), Counts::plus);
            }
        }
        return perScheme;
    }

    /** The rows of the groups, with both case counts (0 when none). */
    List<Suppression.Row> rows() {
        List<Suppression.Row> rows = List.copyOf(groups.values());
        for (Suppression.Row row : rows) {
            row.counts.putIfAbsent("activeCases", 0L);
            row.counts.putIfAbsent("casesReviewed", 0L);
        }
        return rows;
    }

    int schemes(String group) {
        return schemeCounts.get(group)[0];
    }

    int schemesMeasuring(String group) {
        return schemeCounts.get(group)[1];
    }

    int forces(String group) {
        return forcesOfGroup.get(group).size();
    }

    int forcesMeasuring(String group) {
        return (int) forcesOfGroup.get(group).stream().filter(forcesMeasuring::contains).count();
    }
}
