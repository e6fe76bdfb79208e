package org.iom.reliability;

import static org.iom.reliability.Report.figure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** check-api: every acknowledged case (acks.tsv) is readable through the API with the acknowledged CRN. */
final class CheckApiCommand {

    private CheckApiCommand() {
    }

    static int run(Args a) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(a.req("acks")));
        String tok = Tokens.token("iom-admin");
        int threads = a.i("concurrency", 4);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger bad = new AtomicInteger();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (String line : lines) {
            String[] f = line.split("\t");
            pool.submit(() -> {
                Res r = Http.send("GET", "/v1/cases/" + f[1], tok, null, null, Map.of(), Duration.ofSeconds(30));
                if (r.status() == 200 && f[2].equals(Json.str(Json.parse(r.body()), "crn"))) {
                    ok.incrementAndGet();
                } else {
                    bad.incrementAndGet();
                    samples.add(f[1] + " -> " + r.status() + " " + r.error());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        figure("api_readback_ok", ok.get());
        figure("api_readback_missing_or_wrong", bad.get());
        List<String> failures = new ArrayList<>();
        if (bad.get() > 0) {
            failures.add(bad.get() + " acknowledged case(s) not readable through the API, e.g. " + samples.peek());
        }
        return Report.report(failures);
    }
}
