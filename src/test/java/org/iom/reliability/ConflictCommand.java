package org.iom.reliability;

import static org.iom.reliability.Report.figure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * conflict: N simultaneous PATCHes of one case with the same If-Match (exactly one may win), then W workers x L
 * read-modify-write loops with retry on 412 (no update may be lost: the version grows by the number of successes).
 * Prints CASE_ID, RMW_SUCCESSES and RACE_WINNERS for the script.
 */
final class ConflictCommand {

    private ConflictCommand() {
    }

    static int run(Args a) throws Exception {
        String schemeId = a.req("scheme-id");
        String schemeCode = a.req("scheme-code");
        int simultaneous = a.i("simultaneous", 50);
        int workers = a.i("workers", 16);
        int loops = a.i("loops", 25);
        String tok = Tokens.token("iom-practitioner", schemeCode);
        List<String> failures = new ArrayList<>();

        Res created = Http.send("POST", "/v1/cases", tok, "application/json", Bodies.caseJson(schemeId,
                "Y" + String.format("%06d", new Random().nextInt(1_000_000)), 7), Map.of(), Duration.ofSeconds(30));
        if (created.status() != 201) {
            System.err.println("conflict: could not create a case: " + created.status() + " " + created.body());
            return 1;
        }
        String id = created.id();
        String path = "/v1/cases/" + id;
        System.out.println("CASE_ID=" + id);
        long v0 = version(created.header("ETag"));
        String patchType = "application/merge-patch+json";
        Res probe = Http.send("PATCH", path, tok, patchType, "{\"policeLead\":\"DC Probe\"}",
                Map.of("If-Match", "\"-1\""), Duration.ofSeconds(30));
        if (probe.status() == 415) {
            patchType = "application/json";
        }
        figure("patch_content_type", patchType);

        long winners = race(path, tok, patchType, created.header("ETag"), simultaneous, failures);
        int successes = readModifyWrite(a, path, tok, patchType, workers, loops, v0, failures);
        System.out.println("RMW_SUCCESSES=" + successes);
        System.out.println("RACE_WINNERS=" + winners);
        return Report.report(failures);
    }

    /** N simultaneous PATCHes carrying the same If-Match: exactly one may win, the others get 412. */
    static long race(String path, String tok, String patchType, String etag, int simultaneous, List<String> failures)
            throws InterruptedException {
        CyclicBarrier barrier = new CyclicBarrier(simultaneous);
        ConcurrentLinkedQueue<Res> racers = new ConcurrentLinkedQueue<>();
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < simultaneous; i++) {
            final int n = i;
            ts.add(new Thread(() -> {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                racers.add(Http.send("PATCH", path, tok, patchType, "{\"policeLead\":\"DC Racer " + n + "\"}",
                        Map.of("If-Match", etag), Duration.ofSeconds(30)));
            }));
        }
        Http.runAll(ts);
        Map<String, Integer> raceOutcomes = new TreeMap<>();
        racers.forEach(r -> raceOutcomes.merge(r.status() == 0 ? r.error() : String.valueOf(r.status()), 1, Integer::sum));
        long winners = racers.stream().filter(Res::ok).count();
        long stale = racers.stream().filter(r -> r.status() == 412).count();
        figure("race_outcomes", raceOutcomes.toString().replace(" ", ""));
        figure("race_winners", winners);
        figure("race_412", stale);
        if (winners != 1) {
            failures.add(winners + " of " + simultaneous + " simultaneous updates with the same If-Match succeeded (expected 1)");
        }
        if (winners + stale != simultaneous) {
            failures.add((simultaneous - winners - stale) + " simultaneous update(s) answered neither 2xx nor 412");
        }
        racers.stream().filter(r -> Leaks.leak(r.body(), "") != null).findFirst()
                .ifPresent(r -> failures.add("body leaks '" + Leaks.leak(r.body(), "") + "'"));
        return winners;
    }

    /** W workers x L read-modify-write loops with retry on 412: no update is lost. Returns the successes. */
    static int readModifyWrite(Args a, String path, String tok, String patchType, int workers, int loops, long v0,
            List<String> failures) throws InterruptedException {
        Res before = Http.send("GET", path, tok, null, null, Map.of(), Duration.ofSeconds(30));
        long vStart = version(before.header("ETag"));
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger others = new AtomicInteger();
        ConcurrentLinkedQueue<String> otherSamples = new ConcurrentLinkedQueue<>();
        long deadline = System.currentTimeMillis() + a.l("max-seconds", 120) * 1000;
        List<Thread> ts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            final int worker = w;
            ts.add(new Thread(() -> {
                for (int i = 0; i < loops; i++) {
                    while (System.currentTimeMillis() < deadline) {
                        Res g = Http.send("GET", path, tok, null, null, Map.of(), Duration.ofSeconds(30));
                        if (g.status() != 200) {
                            others.incrementAndGet();
                            otherSamples.add("GET " + g.status() + " " + g.error());
                            continue;
                        }
                        Res p = Http.send("PATCH", path, tok, patchType, "{\"probationLead\":\"PO w" + worker + " i" + i
                                + "\"}", Map.of("If-Match", g.header("ETag")), Duration.ofSeconds(30));
                        if (p.ok()) {
                            successes.incrementAndGet();
                            break;
                        } else if (p.status() == 412) {
                            conflicts.incrementAndGet();
                        } else {
                            others.incrementAndGet();
                            otherSamples.add("PATCH " + p.status() + " " + p.error() + " " + p.body());
                            break;
                        }
                    }
                }
            }));
        }
        long t0 = System.currentTimeMillis();
        Http.runAll(ts);
        Res after = Http.send("GET", path, tok, null, null, Map.of(), Duration.ofSeconds(30));
        long vEnd = version(after.header("ETag"));
        figure("rmw_updates_wanted", workers * loops);
        figure("rmw_successes", successes.get());
        figure("rmw_conflicts_retried", conflicts.get());
        figure("rmw_other_answers", others.get());
        figure("rmw_seconds", String.format(Locale.ROOT, "%.1f", (System.currentTimeMillis() - t0) / 1000.0));
        figure("version_initial_created", v0);
        figure("version_before_rmw", vStart);
        figure("version_final", vEnd);
        figure("lost_updates", (workers * loops) - (vEnd - vStart));
        if (successes.get() != workers * loops) {
            failures.add("only " + successes.get() + " of " + workers * loops + " read-modify-write updates succeeded");
        }
        if (vEnd - vStart != successes.get()) {
            failures.add("final version " + vEnd + " - " + vStart + " != " + successes.get() + " successful updates: lost update");
        }
        if (others.get() > 0) {
            failures.add(others.get() + " unexpected answers, e.g. " + otherSamples.peek());
        }
        return successes.get();
    }

    /** The version in an ETag: "7" or W/"7" gives 7. */
    static long version(String etag) {
        if (etag == null) {
            throw new IllegalStateException("no ETag");
        }
        return Long.parseLong(etag.replace("W/", "").replace("\"", "").trim());
    }
}
