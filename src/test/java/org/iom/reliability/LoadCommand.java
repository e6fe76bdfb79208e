package org.iom.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * load: writers or readers for a while, with optional health probes, and the checks of the fault tests
 * ({@link LoadChecks}). Writes attempts.tsv, probes.tsv, acks.tsv and unresolved.tsv into --out (with a timeline also
 * timeline-acks.tsv and timeline-unresolved.tsv; with --read-case also reads.tsv: request id and case id of every read
 * answered 200).
 */
final class LoadCommand {

    private LoadCommand() {
    }

    static int run(Args a) throws Exception {
        LoadOptions o = LoadOptions.from(a);
        Files.createDirectories(o.out());
        Tokens3 tok = new Tokens3(o.writes() ? Tokens.token("iom-practitioner", o.schemeCode()) : null,
                o.timelineId() != null ? Tokens.token("iom-oversight") : null,
                o.readCase() != null ? Tokens.token("iom-practitioner", o.schemeCode()) : Tokens.token("iom-admin"));
        List<String> readable = Collections.synchronizedList(new ArrayList<>());
        if (o.readCase() != null) {
            readable.add(o.readCase());
        }

        long t0 = System.currentTimeMillis();
        long end = t0 + o.durationMs();
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < o.writers() + o.readers(); w++) {
            final int writer = w;
            final boolean isWriter = w < o.writers();
            Runnable loop = isWriter ? () -> writeLoop(o, writer, end, tok, attempts, readable)
                    : () -> readLoop(o, writer, end, tok.read(), attempts, readable);
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
        if (o.readCase() != null) {
            writeRecords(o.out().resolve("reads.tsv"), "", all.stream().filter(x -> x.key() == null && x.ok())
                    .map(x -> x.id() + "\t" + x.crn() + "\n").toList());
        }
        return Report.report(LoadChecks.check(o, t0, all, allProbes));
    }

    /** The tokens of a load: case writes, timeline writes, reads. */
    record Tokens3(String cases, String timeline, String read) {
    }

    /**
     * One writer: a new case per Idempotency-Key (or, with a timeline, every other write a timeline COMMENT), retried
     * with the same key and body after a 5xx or no answer. Acknowledged cases become readable by the readers.
     */
    static void writeLoop(LoadOptions o, int writer, long end, Tokens3 tok, Collection<Attempt> attempts,
            List<String> readable) {
        int n = o.round() * 20_000;
        while (System.currentTimeMillis() < end) {
            n++;
            int bodyN = writer * 1_000_000 + n;
            boolean timeline = o.timelineId() != null && n % 2 == 0;
            String label = timeline ? Attempt.TIMELINE + bodyN : (char) ('A' + writer % 26) + String.format("%06d", n);
            String path = timeline ? "/v1/recommendations/" + o.timelineId() + "/updates" : "/v1/cases";
            String body = timeline ? Bodies.timelineJson(bodyN) : Bodies.caseJson(o.schemeId(), label, bodyN);
            String idemKey = UUID.randomUUID().toString();
            for (int attempt = 1; ; attempt++) {
                Res r = Http.send("POST", path, timeline ? tok.timeline() : tok.cases(), "application/json", body,
                        Map.of("Idempotency-Key", idemKey), Duration.ofMillis(o.clientTimeout()));
                String id = null;
                if (r.status() >= 200 && r.status() < 300) {
                    id = r.id();
                    if (!timeline && id != null) {
                        readable.add(id);
                    }
                }
                attempts.add(new Attempt(writer, idemKey, label, bodyN, attempt, r.start(), r.end(), r.status(),
                        r.error(), id, "true".equals(r.header("Idempotent-Replayed")), r.header("Retry-After"),
                        r.header("Content-Type"), Leaks.leak(r.body(), body)));
                boolean retryable = r.status() == 0 || r.status() >= 500;
                if (!retryable || System.currentTimeMillis() > end + o.settleMs()) {
                    break;
                }
                Http.sleep(o.retryPause());
            }
        }
    }

    /**
     * One reader: GET readPath, or (with --read-case) a random readable case with its own X-Request-Id; a read of a
     * case is recorded with the case id as its crn and the request id as its id.
     */
    static void readLoop(LoadOptions o, int reader, long end, String token, Collection<Attempt> attempts,
            List<String> readable) {
        while (System.currentTimeMillis() < end) {
            String caseId = o.readCase() == null ? null : pick(readable);
            String requestId = caseId == null ? null : UUID.randomUUID().toString();
            Res r = Http.send("GET", caseId == null ? o.readPath() : "/v1/cases/" + caseId, token, null, null,
                    caseId == null ? Map.of() : Map.of("X-Request-Id", requestId), Duration.ofMillis(o.clientTimeout()));
            attempts.add(new Attempt(reader, null, caseId, 0, 1, r.start(), r.end(), r.status(), r.error(), requestId,
                    false, r.header("Retry-After"), r.header("Content-Type"), Leaks.leak(r.body(), "")));
            if (r.status() != 200) {
                Http.sleep(Math.min(o.retryPause(), 100));
            }
        }
    }

    static String pick(List<String> xs) {
        synchronized (xs) {
            return xs.get(ThreadLocalRandom.current().nextInt(xs.size()));
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
