package org.iom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void percentilesAreNearestRank() {
        long[] xs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, Report.pct(xs, 50));
        assertEquals(10, Report.pct(xs, 99));
        assertEquals(1, Report.pct(xs, 0));
        assertEquals(0, Report.pct(new long[0], 50));
        assertEquals(7, Report.pct(new long[] {7}, 99));
    }

    @Test
    void aPassPrintsOneLineAndReturnsZero() {
        String out = capture(() -> assertEquals(0, Report.report(List.of())));
        assertEquals("RESULT PASS\n", out);
    }

    @Test
    void aFailureListsAtMost25ChecksAndCountsThemAll() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            failures.add("check " + i);
        }
        String out = capture(() -> assertEquals(1, Report.report(failures, 40)));
        assertEquals(25, out.lines().filter(l -> l.startsWith("CHECK FAILED: check ")).count());
        assertTrue(out.endsWith("RESULT FAIL (40 failed check(s))\n"), out);
        assertEquals("FIGURE a=1\n", capture(() -> Report.figure("a", 1)));
    }

    static String capture(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
