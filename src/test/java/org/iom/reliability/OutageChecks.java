package org.iom.reliability;

import static org.iom.reliability.Report.figure;

import java.util.Comparator;
import java.util.List;

/**
 * The database was down from {@code down} to {@code up} (epoch ms): 503 + Retry-After meanwhile (never no answer),
 * readiness 503 and liveness 200, and a 2xx again within {@code recoverWithin} ms of its return.
 */
final class OutageChecks {

    private OutageChecks() {
    }

    static void check(List<Attempt> all, List<Probe> probes, long down, long up, long recoverWithin,
            List<String> failures) {
        figure("db_down_for_ms", up - down);
        long outage503 = all.stream().filter(x -> x.status() == 503).count();
        figure("api_503_with_retry_after", outage503);
        if (outage503 == 0) {
            failures.add("no 503 seen while the database was down: the outage was not observed");
        }
        long ioErrors = all.stream().filter(x -> x.status() == 0).count();
        if (ioErrors > 0) {
            failures.add(ioErrors + " request(s) got no HTTP answer at all during the outage");
        }
        Attempt firstOk = all.stream().filter(x -> x.start() >= up && x.ok()).findFirst().orElse(null);
        if (firstOk == null) {
            failures.add("no 2xx after the database came back");
        } else {
            long rec = firstOk.end() - up;
            figure("api_first_2xx_after_db_up_ms", rec);
            if (rec > recoverWithin) {
                failures.add("first 2xx came " + rec + " ms after the database returned (limit " + recoverWithin + ")");
            }
            long late = all.stream().filter(x -> x.start() > up + recoverWithin && !x.ok()).count();
            figure("api_failures_later_than_limit", late);
            if (late > 0) {
                failures.add(late + " request(s) still failed more than " + recoverWithin + " ms after the database returned");
            }
        }
        health(probes, down, up, recoverWithin, failures);
    }

    /**
     * The first write acknowledged after the database's return (a write started after {@code up}) came within
     * {@code recoverWithin} ms of it; prints how long after {@code down} and after {@code up} it came.
     */
    static void firstWrite(List<Attempt> all, long down, long up, long recoverWithin, List<String> failures) {
        Attempt first = all.stream().filter(x -> x.key() != null && x.start() >= up && x.ok())
                .min(Comparator.comparingLong(Attempt::end)).orElse(null);
        if (first == null) {
            failures.add("no write was acknowledged after the database came back");
            return;
        }
        figure("api_first_write_2xx_after_db_down_ms", first.end() - down);
        figure("api_first_write_2xx_after_db_up_ms", first.end() - up);
        if (first.end() - up > recoverWithin) {
            failures.add("first acknowledged write came " + (first.end() - up) + " ms after the database returned (limit "
                    + recoverWithin + ")");
        }
    }

    /** Liveness 200 throughout; readiness 503 while down, only 200 or 503, and 200 again within the limit. */
    static void health(List<Probe> probes, long down, long up, long recoverWithin, List<String> failures) {
        List<Probe> live = probes.stream().filter(p -> p.what().equals("live")).toList();
        List<Probe> ready = probes.stream().filter(p -> p.what().equals("ready")).toList();
        long liveBad = live.stream().filter(p -> p.status() != 200).count();
        figure("liveness_probes", live.size());
        figure("liveness_not_up", liveBad);
        if (live.isEmpty() || ready.isEmpty()) {
            failures.add("no health probes were recorded");
            return;
        }
        if (liveBad > 0) {
            failures.add(liveBad + " liveness probe(s) were not 200 while the database was down");
        }
        long readyDown = ready.stream().filter(p -> p.start() >= down && p.end() <= up && p.status() == 503).count();
        figure("readiness_503_during_outage", readyDown);
        if (readyDown == 0) {
            failures.add("readiness never reported 503 while the database was down");
        }
        Probe firstDown = ready.stream().filter(p -> p.start() >= down && p.status() == 503).findFirst().orElse(null);
        if (firstDown != null) {
            figure("readiness_down_after_db_down_ms", firstDown.end() - down);
        }
        long readyOther = ready.stream().filter(p -> p.status() != 200 && p.status() != 503).count();
        if (readyOther > 0) {
            failures.add(readyOther + " readiness probe(s) answered neither 200 nor 503");
        }
        Probe back = ready.stream().filter(p -> p.start() >= up && p.status() == 200).findFirst().orElse(null);
        if (back == null) {
            failures.add("readiness never returned to 200 after the database came back");
        } else {
            figure("readiness_up_after_db_up_ms", back.end() - up);
            if (back.end() - up > recoverWithin) {
                failures.add("readiness took " + (back.end() - up) + " ms to return (limit " + recoverWithin + ")");
            }
        }
    }
}
