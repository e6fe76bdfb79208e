package org.iom.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * load: writers or readers for a while, with optional health probes, and the checks of the fault tests
 * ({@link LoadChecks}). Writes attempts.tsv, probes.tsv, acks.tsv and unresolved.tsv into --out.
 */
final class LoadCommand {

    private LoadCommand() {
    }

    static int run(Args a) throws Exception {
        LoadOptions o = LoadOptions.from(a);
        Files.createDirectories(o.out());
        String writeToken = o.writes() ? Tokens.token("iom-practitioner", o.schemeCode()) : null;
        String readToken = Tokens.token("iom-admin");

        long t0 = System.currentTimeMillis();
        long end = t0 + o.durationMs();
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < o.writers() + o.readers(); w++) {
            final int writer = w;
            final boolean isWriter = w < o.writers();
            Runnable loop = isWriter ? () -> writeLoop(o, writer, end, writeToken, attempts)
                    : () -> readLoop(o, writer, end, readToken, attempts);
            threads.add(new Thread(loop, (isWriter ? "writer-" : "reader-") + w));
        }
        if (o.healthPoll() > 0) {
            for (String what : List.of("ready", "live")) {
                threads.add(new Thread(() -> probeLoop(what, o.healthPoll(), end, probes), "probe-" + what));
            }
        }
        Http.runAll(threads);

        List<Attempt> all = sorted(attempts, Comparator.comparingLong(Attempt::start));
        writeRecords(o.out().resolve("attempts.tsv"),
                "start_ms\tend_ms\twriter\tkey\tcrn\tattempt\tstatus\terror\tid\treplayed\n",
                all.stream().map(Attempt::tsv).toList());
        List<Probe> allProbes = sorted(probes, Comparator.comparingLong(Probe::start));
        writeRecords(o.out().resolve("probes.tsv"), "", allProbes.stream().map(Probe::tsv).toList());
        return Report.report(LoadChecks.check(o, t0, all, allProbes));
    }

    /** One writer: a new case per Idempotency-Key, retried with the same key and body after a 5xx or no answer. */
    static void writeLoop(LoadOptions o, int writer, long end, String token, Collection<Attempt> attempts) {
        int n = 0;
        while (System.currentTimeMillis() < end) {
            n++;
            String crn = (char) ('A' + writer % 26) + String.format("%06d", n);
            int bodyN = writer * 100_000 + n;
            String body = Bodies.caseJson(o.schemeId(), crn, bodyN);
            String idemKey = UUID.randomUUID().toString();
            for (int attempt = 1; ; attempt++) {
                Res r = Http.send("POST", "/v1/cases", token, "application/json", body,
                        Map.of("Idempotency-Key", idemKey), Duration.ofMillis(o.clientTimeout()));
                String id = null;
                if (r.status() >= 200 && r.status() < 300) {
                    id = r.id();
                }
                attempts.add(new Attempt(writer, idemKey, crn, bodyN, attempt, r.start(), r.end(), r.status(), r.error(),
                        id, "true".equals(r.header("Idempotent-Replayed")), r.header("Retry-After"),
                        r.header("Content-Type"), Leaks.leak(r.body(), body)));
                boolean retryable = r.status() == 0 || r.status() >= 500;
                if (!retryable || System.currentTimeMillis() > end + o.settleMs()) {
                    break;
                }
                Http.sleep(o.retryPause());
            }
        }
    }

    static void readLoop(LoadOptions o, int reader, long end, String token, Collection<Attempt> attempts) {
        while (System.currentTimeMillis() < end) {
            Res r = Http.send("GET", o.readPath(), token, null, null, Map.of(), Duration.ofMillis(o.clientTimeout()));
            attempts.add(new Attempt(reader, null, null, 0, 1, r.start(), r.end(), r.status(), r.error(), null, false,
                    r.header("Retry-After"), r.header("Content-Type"), Leaks.leak(r.body(), "")));
            if (r.status() != 200) {
                Http.sleep(Math.min(o.retryPause(), 100));
            }
        }
    }

    static void probeLoop(String what, long poll, long end, Collection<Probe> probes) {
        while (System.currentTimeMillis() < end) {
            Res r = Http.send("GET", "/q/health/" + what, null, null, null, Map.of(), Duration.ofSeconds(15));
            probes.add(new Probe(what, r.start(), r.end(), r.status(), r.error()));
            Http.sleep(poll);
        }
    }

    static <T> List<T> sorted(Collection<T> xs, Comparator<T> order) {
        List<T> all = new ArrayList<>(xs);
        all.sort(order);
        return all;
    }

    static void writeRecords(Path file, String header, List<String> lines) throws IOException {
        try (var wr = Files.newBufferedWriter(file)) {
            wr.write(header);
            for (String line : lines) {
                wr.write(line);
            }
        }
    }
}
