package org.iom.reliability;

import static org.iom.reliability.Report.figure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The accounting of the writes of a load, per Idempotency-Key: acknowledged (some attempt answered 2xx; the first such
 * answer is the acknowledgement), rejected (a 4xx and no 2xx), or unresolved (only 5xx and lost answers: the client
 * never learnt whether it committed). acks.tsv lists the acknowledged keys (key, id, crn, replayed), unresolved.tsv
 * the others (key, crn, body number) so that they can be retried with the same key and body.
 */
final class WriteLedger {
    final Map<String, List<Attempt>> byKey = new LinkedHashMap<>();
    final Map<String, String> idByKey = new LinkedHashMap<>();
    final List<String> ackLines = new ArrayList<>();
    final List<String> unresolvedLines = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    int acked;
    int unresolved;
    int rejected;
    int ackedByReplay;
    int lostSightButCommitted;
    long retried;

    /** The ledger of the case writes in {@code all} (reads and timeline entries are ignored), in the order given. */
    static WriteLedger of(List<Attempt> all) {
        return of(all, false);
    }

    /** The ledger of the timeline writes ({@code timeline}) or of the case writes in {@code all}. */
    static WriteLedger of(List<Attempt> all, boolean timeline) {
        WriteLedger l = new WriteLedger();
        for (Attempt x : all) {
            if (x.key() != null && x.timeline() == timeline) {
                l.byKey.computeIfAbsent(x.key(), k -> new ArrayList<>()).add(x);
            }
        }
        l.byKey.forEach(l::account);
        l.retried = l.byKey.values().stream().filter(xs -> xs.size() > 1).count();
        long dupIds = l.idByKey.values().stream().distinct().count();
        if (dupIds != l.idByKey.size()) {
            l.failures.add((l.idByKey.size() - dupIds) + " case id(s) acknowledged for more than one key");
        }
        return l;
    }

    private void account(String key, List<Attempt> xs) {
        Attempt ok = xs.stream().filter(Attempt::ok).findFirst().orElse(null);
        if (ok != null) {
            acked++;
            if (ok.id() == null) {
                failures.add("2xx without a case id for key " + key);
                return;
            }
            for (Attempt x : xs) {
                if (x.ok() && !ok.id().equals(x.id())) {
                    failures.add("key " + key + " acknowledged with two ids: " + ok.id() + ", " + x.id());
                }
            }
            idByKey.put(key, ok.id());
            ackLines.add(key + "\t" + ok.id() + "\t" + ok.crn() + "\t" + ok.replayed() + "\n");
            if (ok.replayed()) {
                ackedByReplay++;
                if (xs.stream().anyMatch(Attempt::unseen)) {
                    lostSightButCommitted++;
                }
            }
        } else if (xs.stream().anyMatch(x -> x.status() >= 400 && x.status() < 500)) {
            rejected++;
        } else {
            unresolved++;
            unresolvedLines.add(key + "\t" + xs.get(0).crn() + "\t" + xs.get(0).body() + "\n");
        }
    }

    void write(Path out) throws IOException {
        write(out, "");
    }

    /** acks.tsv and unresolved.tsv, their names prefixed (e.g. "timeline-"). */
    void write(Path out, String prefix) throws IOException {
        Files.writeString(out.resolve(prefix + "acks.tsv"), String.join("", ackLines));
        Files.writeString(out.resolve(prefix + "unresolved.tsv"), String.join("", unresolvedLines));
    }

    void printFigures(long durationMs) {
        printFigures(durationMs, "");
    }

    /** The figures, their names prefixed (e.g. "timeline_"). */
    void printFigures(long durationMs, String prefix) {
        figure(prefix + "keys", byKey.size());
        figure(prefix + "acknowledged", acked);
        figure(prefix + "keys_retried", retried);
        figure(prefix + "acknowledged_by_replay", ackedByReplay);
        figure(prefix + "unseen_outcome_but_committed", lostSightButCommitted);
        figure(prefix + "unresolved_indeterminate", unresolved);
        figure(prefix + "rejected_4xx", rejected);
        figure(prefix + "acked_per_second", String.format(Locale.ROOT, "%.1f", acked * 1000.0 / durationMs));
    }
}
