package org.iom.reliability;

import static org.iom.reliability.Report.figure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * dupes: the same write sent several times at once with one Idempotency-Key (a double click, a proxy retrying while
 * the first is still running): every copy answers 2xx with the same case, exactly one is not a replay. The
 * acknowledged cases are appended to acks.tsv.
 */
final class DupesCommand {

    private DupesCommand() {
    }

    static int run(Args a) throws Exception {
        String schemeId = a.req("scheme-id");
        String tok = Tokens.token("iom-practitioner", a.req("scheme-code"));
        int keys = a.i("keys", 20);
        int copies = a.i("copies", 4);
        Path acks = Path.of(a.req("acks"));
        List<String> failures = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int originals = 0;
        int replays = 0;
        for (int k = 0; k < keys; k++) {
            String key = UUID.randomUUID().toString();
            String crn = "W" + String.format("%06d", k);
            Collection<Res> got = sendCopies(tok, Bodies.caseJson(schemeId, crn, 900_000 + k), key, copies);
            Set<String> ids = new HashSet<>();
            int fresh = 0;
            for (Res r : got) {
                if (r.status() < 200 || r.status() >= 300) {
                    failures.add("key " + key + ": a copy answered " + r.status() + " " + r.error() + " " + r.body());
                    continue;
                }
                ids.add(r.id());
                if ("true".equals(r.header("Idempotent-Replayed"))) {
                    replays++;
                } else {
                    fresh++;
                }
            }
            originals += fresh;
            if (ids.size() > 1) {
                failures.add("key " + key + ": copies answered different cases " + ids);
            }
            if (fresh != 1) {
                failures.add("key " + key + ": " + fresh + " copies were not replays (expected exactly 1)");
            }
            if (!ids.isEmpty()) {
                out.append(key).append('\t').append(ids.iterator().next()).append('\t').append(crn).append("\tfalse\n");
            }
        }
        Files.writeString(acks, out.toString(), StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        figure("duplicate_sends", keys + " keys x " + copies + " simultaneous copies");
        figure("duplicate_originals", originals);
        figure("duplicate_replays", replays);
        return Report.report(failures);
    }

    /** {@code copies} threads released at once by a barrier, each POSTing the same body with the same key. */
    static Collection<Res> sendCopies(String tok, String body, String key, int copies) throws InterruptedException {
        CyclicBarrier barrier = new CyclicBarrier(copies);
        ConcurrentLinkedQueue<Res> got = new ConcurrentLinkedQueue<>();
        List<Thread> ts = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            ts.add(new Thread(() -> {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                got.add(Http.send("POST", "/v1/cases", tok, "application/json", body, Map.of("Idempotency-Key", key),
                        Duration.ofSeconds(30)));
            }));
        }
        Http.runAll(ts);
        return got;
    }
}
