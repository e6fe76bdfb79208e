package org.iom.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The suppression rules on their own, with a threshold other than 5 (it is configurable). */
class SuppressionTest {

    static Suppression.Row row(String group, long total, long a, long b, long c) {
        Suppression.Row r = new Suppression.Row(group, group, null);
        r.add("total", total);
        r.add("a", a);
        r.add("b", b);
        r.add("c", c);
        return r;
    }

    static final Suppression.Spec SPEC = new Suppression.Spec(List.of("total", "a", "aShare", "b", "c"),
            List.of("total", "a", "b", "c"), List.of(new Suppression.Share("aShare", "a", "total")),
            List.of(new Suppression.Partition("total", List.of("a", "b", "c"), true)));

    @Test
    void thresholdIsConfigurableAndSharesFollowTheirCounts() {
        Suppression.Row r = row("x", 20, 3, 8, 9);
        Suppression.apply(List.of(r), SPEC, 3);
        assertEquals(List.of(), r.suppressed(SPEC));
        assertEquals(0.15, r.share(SPEC.share("aShare")));
        Suppression.Row s = row("y", 20, 2, 8, 10);
        Suppression.apply(List.of(s), SPEC, 3);
        // a (2) is withheld, so is its share, and b (the smaller other part) so that a cannot be recovered.
        assertEquals(List.of("a", "aShare", "b"), s.suppressed(SPEC));
        assertNull(s.published("a"));
        assertNull(s.share(SPEC.share("aShare")));
        assertEquals(10L, s.published("c"));
    }

    @Test
    void aLoneWithheldRowTakesTheSmallestOtherWithIt() {
        Suppression.Row x = row("x", 50, 20, 20, 10);
        Suppression.Row y = row("y", 30, 10, 10, 10);
        Suppression.Row z = row("z", 4, 2, 1, 1);
        Suppression.apply(List.of(x, y, z), SPEC, 5);
        assertNull(y.published("total"));
        assertEquals(50L, x.published("total"));
        assertEquals(List.of("total", "a", "aShare", "b", "c"), z.suppressed(SPEC));
    }

    @Test
    void withABreakdownByCategoryEachGroupsCategoriesProtectEachOther() {
        // Across the answer two counts are withheld (no lone one); within each group one is, and the group's total in
        // the answer without the breakdown would give it away: the other category's count goes too.
        Suppression.Spec spec = new Suppression.Spec(List.of("n"), List.of("n"), List.of(), List.of());
        Suppression.Row aConvicted = category("A", "CONVICTED", 3);
        Suppression.Row aSuspected = category("A", "SUSPECTED", 10);
        Suppression.Row bConvicted = category("B", "CONVICTED", 2);
        Suppression.Row bSuspected = category("B", "SUSPECTED", 20);
        Suppression.Row cConvicted = category("C", "CONVICTED", 7);
        Suppression.Row cSuspected = category("C", "SUSPECTED", 8);
        Suppression.apply(List.of(aConvicted, aSuspected, bConvicted, bSuspected, cConvicted, cSuspected), spec, 5);
        for (Suppression.Row withheld : List.of(aConvicted, aSuspected, bConvicted, bSuspected)) {
            assertEquals(List.of("n"), withheld.suppressed(spec), withheld.group + " " + withheld.subjectCategory);
        }
        assertEquals(7L, cConvicted.published("n"));
        assertEquals(8L, cSuspected.published("n"));
    }

    static Suppression.Row category(String group, String category, long n) {
        Suppression.Row r = new Suppression.Row(group, group, null, category);
        r.add("n", n);
        return r;
    }

    @Test
    void zeroThresholdWithholdsNothing() {
        Suppression.Row r = row("x", 0, 0, 0, 0);
        Suppression.apply(List.of(r), SPEC, 0);
        assertEquals(List.of(), r.suppressed(SPEC));
        assertNull(r.share(SPEC.share("aShare")), "a share of nothing is undefined");
    }
}
