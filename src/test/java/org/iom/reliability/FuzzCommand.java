package org.iom.reliability;

import static org.iom.reliability.Report.figure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * fuzz: seeded invalid requests against every operation in the served OpenAPI document ({@link Fuzzer} makes them,
 * {@link FuzzSender} sends them). None may be answered 5xx or time out, no body may leak internals, and 4xx bodies
 * under /v1 are problem+json. {@code --only N} replays request N of the seed and prints it with its answer.
 */
final class FuzzCommand {

    private FuzzCommand() {
    }

    static int run(Args a) throws Exception {
        long seed = a.has("seed") ? a.l("seed", 0) : new Random().nextLong() & 0xffffffffL;
        int count = a.i("count", 3000);
        int concurrency = a.i("concurrency", 4);
        Integer only = a.has("only") ? a.i("only", 0) : null;
        Map<String, String> known = new LinkedHashMap<>();
        known.put("schemeId", a.s("scheme-id", UUID.randomUUID().toString()));
        known.put("caseId", a.s("case-id", UUID.randomUUID().toString()));
        String schemeCode = a.s("scheme-code", "REL-NONE");
        System.out.println("FUZZ SEED=" + seed + " (replay one request: fuzz --seed " + seed + " --only N ...)");
        figure("seed", seed);

        Res spec = Http.send("GET", "/q/openapi?format=json", null, null, null, Map.of("Accept", "application/json"),
                Duration.ofSeconds(30));
        if (spec.status() != 200) {
            System.err.println("fuzz: /q/openapi gave " + spec.status());
            return 1;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) Json.parse(spec.body());
        Fuzzer fz = new Fuzzer(doc, known, schemeCode);
        figure("operations", fz.ops.size());
        if (fz.ops.isEmpty()) {
            System.err.println("fuzz: no operations in /q/openapi");
            return 1;
        }
        int from = only == null ? 0 : only;
        int to = only == null ? count : only + 1;
        long t0 = System.currentTimeMillis();
        FuzzResult[] results = sendAll(fz, seed, from, to, concurrency);
        return summarize(results, seed, only, fz.ops.size(), System.currentTimeMillis() - t0);
    }

    /** Requests {@code from} to {@code to - 1} of the seed, sent by {@code concurrency} threads. */
    static FuzzResult[] sendAll(Fuzzer fz, long seed, int from, int to, int concurrency) throws InterruptedException {
        FuzzResult[] results = new FuzzResult[to - from];
        AtomicInteger next = new AtomicInteger(from);
        List<Thread> ts = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            ts.add(new Thread(() -> {
                for (int i; (i = next.getAndIncrement()) < to; ) {
                    FuzzReq req = fz.generate(seed, i);
                    results[i - from] = FuzzSender.execute(req);
                }
            }));
        }
        Http.runAll(ts);
        return results;
    }

    static int summarize(FuzzResult[] results, long seed, Integer only, int operations, long elapsed) {
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byOperation = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int shown = 0;
        long maxMs = 0;
        int notProblem = 0;
        for (FuzzResult r : results) {
            byStatus.merge(r.status() == 0 ? r.error() : String.valueOf(r.status()), 1, Integer::sum);
            byCategory.merge(r.req().category(), 1, Integer::sum);
            byOperation.merge(r.req().op(), 1, Integer::sum);
            maxMs = Math.max(maxMs, r.ms());
            String why = r.fault();
            if (why == null && r.nonProblem4xx()) {
                notProblem++;
                why = "HTTP " + r.status() + " with a body that is not application/problem+json (" + r.contentType() + ")";
            }
            if (why != null) {
                failures.add(why + " for request #" + r.req().index());
                if (shown++ < 10) {
                    printFailure(r, why, seed);
                }
            }
        }
        if (only != null) {
            System.out.println("REQUEST " + results[0].req().describe());
            System.out.println("ANSWER " + results[0].status() + " " + (results[0].error() == null ? "" : results[0].error())
                    + " " + results[0].contentType() + "\n" + results[0].body());
        }
        figure("requests", results.length);
        figure("seconds", String.format(Locale.ROOT, "%.1f", elapsed / 1000.0));
        figure("by_category", byCategory.toString().replace(" ", ""));
        figure("by_status", byStatus.toString().replace(" ", ""));
        figure("operations_covered", byOperation.size() + "/" + operations);
        figure("max_latency_ms", maxMs);
        figure("status_5xx", results.length == 0 ? 0 : Arrays.stream(results).filter(r -> r.status() >= 500).count());
        figure("non_problem_4xx_bodies", notProblem);
        if (only == null && byOperation.size() < operations) {
            failures.add("only " + byOperation.size() + " of " + operations + " operations were exercised");
        }
        if (!failures.isEmpty()) {
            System.out.println("FUZZ SEED=" + seed + " failures=" + failures.size());
        }
        return Report.report(failures.size() > 20 ? failures.subList(0, 20) : failures, failures.size());
    }

    static void printFailure(FuzzResult r, String why, long seed) {
        System.out.println("FUZZ FAILURE: " + why);
        System.out.println("  request " + r.req().describe().replace("\n", "\n  "));
        System.out.println("  answer: " + r.status() + " " + (r.error() == null ? "" : r.error()) + " "
                + (r.body() == null ? "" : r.body().substring(0, Math.min(400, r.body().length()))));
        System.out.println("  replay: scripts/reliability/fuzz --seed " + seed + " --only " + r.req().index());
    }
}
