package org.iom.reliability;

import static org.iom.reliability.Report.figure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks of a load run, on its records: every answer (never a 5xx other than 503, every 503 with Retry-After, no
 * leaking body, no 4xx to a valid request, no wait over the limit), the writes ({@link WriteLedger}), and, when asked,
 * the outage ({@link OutageChecks}) and the graceful shutdown ({@link ShutdownChecks}). Prints the figures and returns
 * the failed checks.
 */
final class LoadChecks {

    private LoadChecks() {
    }

    static List<String> check(LoadOptions o, long t0, List<Attempt> all, List<Probe> probes) throws IOException {
        List<String> failures = new ArrayList<>();
        long[] lat = latencies(all);
        printFigures(o, all, lat);
        if (all.isEmpty()) {
            failures.add("no request was made");
        }
        answers(judged(o, all), t0, failures);
        latency(all, lat, o.maxLatency(), failures);
        if (o.writes()) {
            WriteLedger ledger = WriteLedger.of(all);
            ledger.write(o.out());
            failures.addAll(ledger.failures);
            ledger.printFigures(o.durationMs());
            if (ledger.acked == 0) {
                failures.add("no write was acknowledged");
            }
            if (o.timelineId() != null) {
                timeline(o, all, failures);
            }
        }
        if (o.expectOutage()) {
            long down = marker(o.markers(), "down");
            long up = marker(o.markers(), "up");
            OutageChecks.check(all, probes, down, up, o.recoverWithin(), failures);
            if (o.writes()) {
                OutageChecks.firstWrite(all, down, up, o.recoverWithin(), failures);
            }
        }
        if (o.expectShutdown()) {
            ShutdownChecks.check(all, probes, marker(o.markers(), "sigterm"), o.shutdownDelay(), failures);
        }
        return failures;
    }

    /**
     * The attempts whose answers are judged: all, but with --lost-reads-expected (asynchronous replication) without
     * the reads of an acknowledged case answered 404, which are the loss that run looks for; they are counted.
     */
    static List<Attempt> judged(LoadOptions o, List<Attempt> all) {
        if (!o.lostReadsExpected()) {
            return all;
        }
        figure("reads_404_acknowledged_case_gone", all.stream().filter(LoadChecks::lostRead).count());
        return all.stream().filter(x -> !lostRead(x)).toList();
    }

    static boolean lostRead(Attempt x) {
        return x.key() == null && x.crn() != null && x.status() == 404;
    }

    /** The ledger of the timeline entries: timeline-acks.tsv, timeline-unresolved.tsv, timeline_* figures. */
    static void timeline(LoadOptions o, List<Attempt> all, List<String> failures) throws IOException {
        WriteLedger tl = WriteLedger.of(all, true);
        tl.write(o.out(), Attempt.TIMELINE);
        failures.addAll(tl.failures);
        tl.printFigures(o.durationMs(), "timeline_");
        if (tl.acked == 0) {
            failures.add("no timeline entry was acknowledged");
        }
    }

    /** The durations of the attempts that were answered or timed out, sorted. */
    static long[] latencies(List<Attempt> all) {
        return all.stream().filter(Attempt::timed).mapToLong(x -> x.end() - x.start()).sorted().toArray();
    }

    static void printFigures(LoadOptions o, List<Attempt> all, long[] lat) {
        Map<String, Integer> histW = new TreeMap<>();
        Map<String, Integer> histR = new TreeMap<>();
        for (Attempt x : all) {
            (x.key() != null ? histW : histR).merge(x.status() == 0 ? x.error() : String.valueOf(x.status()), 1,
                    Integer::sum);
        }
        figure("requests", all.size());
        figure("requests_write", all.stream().filter(x -> x.key() != null).count());
        figure("requests_read", all.stream().filter(x -> x.key() == null).count());
        if (o.writes()) {
            figure("outcomes_write", histW.toString().replace(" ", ""));
        }
        if (o.readers() > 0) {
            figure("outcomes_read", histR.toString().replace(" ", ""));
        }
        figure("latency_ms_p50", Report.pct(lat, 50));
        figure("latency_ms_p99", Report.pct(lat, 99));
        figure("latency_ms_max", lat.length == 0 ? 0 : lat[lat.length - 1]);
    }

    /** Never a 5xx other than 503; every 503 carries Retry-After; no body leaks internals; no 4xx to a valid request. */
    static void answers(List<Attempt> all, long t0, List<String> failures) {
        for (Attempt x : all) {
            if (x.status() >= 500 && x.status() != 503) {
                failures.add("HTTP " + x.status() + " at +" + (x.start() - t0) + " ms (key " + x.key() + ")");
            }
            if (x.status() == 503 && (x.retryAfter() == null || x.retryAfter().isBlank())) {
                failures.add("503 without Retry-After at +" + (x.start() - t0) + " ms");
            }
            if (x.leak() != null) {
                failures.add("response body leaks '" + x.leak() + "' (HTTP " + x.status() + ")");
            }
            if (x.status() >= 400 && x.status() < 500) {
                failures.add("valid request answered " + x.status() + " at +" + (x.start() - t0) + " ms (key " + x.key()
                        + ", crn " + x.crn() + ")");
            }
        }
    }

    /** With a limit (> 0), no answered or timed-out request may have waited longer than it. */
    static void latency(List<Attempt> all, long[] lat, long maxLatency, List<String> failures) {
        if (maxLatency > 0 && lat.length > 0 && lat[lat.length - 1] > maxLatency) {
            long over = all.stream().filter(x -> x.end() - x.start() > maxLatency && x.timed()).count();
            failures.add(over + " request(s) waited longer than " + maxLatency + " ms (max " + lat[lat.length - 1] + ")");
        }
    }

    /** A time (epoch ms) the test script wrote into the markers folder, e.g. when it stopped the database. */
    static long marker(Path dir, String name) throws IOException {
        if (dir == null || !Files.exists(dir.resolve(name))) {
            throw new IllegalStateException("marker '" + name + "' was not written by the test script");
        }
        return Long.parseLong(Files.readString(dir.resolve(name)).trim());
    }
}
