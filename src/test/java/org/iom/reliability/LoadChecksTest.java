package org.iom.reliability;

import static org.iom.reliability.Attempts.lost;
import static org.iom.reliability.Attempts.read;
import static org.iom.reliability.Attempts.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadChecksTest {

    @Test
    void onlyA503WithRetryAfterIsAnAcceptableFailure() {
        Attempt leaking = new Attempt(0, null, null, 0, 1, 50, 60, 200, null, null, false, null, null, "SQL");
        Attempt noRetryAfter = new Attempt(0, null, null, 0, 1, 70, 80, 503, null, null, false, " ", null, null);
        List<String> failures = new ArrayList<>();
        LoadChecks.answers(List.of(read(10, 20, 200), read(20, 30, 503), write("k", 1, 30, 500, null, false),
                write("k", 2, 40, 409, null, false), leaking, noRetryAfter), 0, failures);
        assertEquals(List.of("HTTP 500 at +30 ms (key k)", "valid request answered 409 at +40 ms (key k, crn A000001)",
                "response body leaks 'SQL' (HTTP 200)", "503 without Retry-After at +70 ms"), failures);
    }

    @Test
    void latenciesCountAnswersAndTimeoutsButNotRefusedConnections() {
        List<Attempt> all = List.of(read(0, 30, 200), read(0, 5000, 0), lost("k", 1, 0), read(0, 10, 503));
        assertArrayEquals(new long[] {10, 10, 30}, LoadChecks.latencies(all));
        List<String> failures = new ArrayList<>();
        LoadChecks.latency(all, LoadChecks.latencies(all), 20, failures);
        assertEquals(List.of("1 request(s) waited longer than 20 ms (max 30)"), failures);
        List<String> none = new ArrayList<>();
        LoadChecks.latency(all, LoadChecks.latencies(all), 0, none);
        assertEquals(List.of(), none, "no limit given");
    }

    @Test
    void aWriteLoadWithoutAcknowledgementFailsAndWritesItsLedger(@TempDir Path dir) throws Exception {
        LoadOptions o = LoadOptions.from(new Args(new String[] {"--writers", "1", "--scheme-id", "s", "--scheme-code",
                "c", "--out", dir.toString()}));
        List<String> failures = LoadChecks.check(o, 0, List.of(lost("k1", 1, 0)), List.of());
        assertEquals(List.of("no write was acknowledged"), failures);
        assertEquals("k1\tA000002\t7\n", Files.readString(dir.resolve("unresolved.tsv")));
        assertEquals(List.of("no request was made"), LoadChecks.check(
                LoadOptions.from(new Args(new String[] {"--readers", "1", "--out", dir.toString()})), 0, List.of(),
                List.of()));
    }

    @Test
    void aReadOfAVanishedCaseFailsUnlessLossIsWhatTheRunLooksFor(@TempDir Path dir) throws Exception {
        Attempt gone = new Attempt(1, null, "case-1", 0, 1, 10, 20, 404, null, "req-1", false, null, null, null);
        String[] args = {"--readers", "1", "--read-case", "case-1", "--scheme-code", "c", "--out", dir.toString()};
        assertEquals(List.of("valid request answered 404 at +10 ms (key null, crn case-1)"),
                LoadChecks.check(LoadOptions.from(new Args(args)), 0, List.of(gone), List.of()));
        String[] async = java.util.Arrays.copyOf(args, args.length + 1);
        async[args.length] = "--lost-reads-expected";
        assertEquals(List.of(), LoadChecks.check(LoadOptions.from(new Args(async)), 0, List.of(gone), List.of()));
    }

    @Test
    void markersComeFromTheScript(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("down"), "1700000000123\n");
        assertEquals(1700000000123L, LoadChecks.marker(dir, "down"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LoadChecks.marker(dir, "up"));
        assertTrue(e.getMessage().contains("'up'"));
        assertThrows(IllegalStateException.class, () -> LoadChecks.marker(null, "up"));
    }
}
