package org.iom.reliability;

import java.util.List;

/** What every command prints: "FIGURE name=value" lines, then "RESULT PASS" or the failed checks. */
final class Report {

    private Report() {
    }

    static void figure(String name, Object value) {
        System.out.println("FIGURE " + name + "=" + value);
    }

    static int report(List<String> failures) {
        return report(failures, failures.size());
    }

    /** Prints the result; at most 25 failed checks are listed, {@code total} is how many there were. Returns 0 or 1. */
    static int report(List<String> failures, int total) {
        if (failures.isEmpty()) {
            System.out.println("RESULT PASS");
            return 0;
        }
        for (String f : failures.size() > 25 ? failures.subList(0, 25) : failures) {
            System.out.println("CHECK FAILED: " + f);
        }
        System.out.println("RESULT FAIL (" + total + " failed check(s))");
        return 1;
    }

    /** The p-th percentile of sorted values (nearest rank), 0 for none. */
    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
