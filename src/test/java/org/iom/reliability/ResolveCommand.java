package org.iom.reliability;

import static org.iom.reliability.Report.figure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * resolve: retry every write whose outcome the client never saw (unresolved.tsv), with its original Idempotency-Key
 * and body. Each must now answer 2xx (a replay if the first attempt had committed); the acknowledgements are appended
 * to acks.tsv. With {@code --timeline RECOMMENDATION_ID} the lines are timeline entries of that recommendation.
 */
final class ResolveCommand {

    private ResolveCommand() {
    }

    static int run(Args a) throws Exception {
        Path unresolved = Path.of(a.req("unresolved"));
        Path acks = Path.of(a.req("acks"));
        String timeline = a.s("timeline", null);
        String schemeId = timeline == null ? a.req("scheme-id") : null;
        String tok = timeline == null ? Tokens.token("iom-practitioner", a.req("scheme-code"))
                : Tokens.token("iom-oversight");
        String path = timeline == null ? "/v1/cases" : "/v1/recommendations/" + timeline + "/updates";
        List<String> failures = new ArrayList<>();
        int ok = 0;
        int replayed = 0;
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(unresolved)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Res r = null;
            for (int attempt = 0; attempt < 20; attempt++) {
                int n = Integer.parseInt(f[2]);
                r = Http.send("POST", path, tok, "application/json",
                        timeline == null ? Bodies.caseJson(schemeId, f[1], n) : Bodies.timelineJson(n),
                        Map.of("Idempotency-Key", f[0]), Duration.ofSeconds(30));
                if (r.status() != 0 && r.status() < 500) {
                    break;
                }
                Http.sleep(500);
            }
            if (r.ok()) {
                ok++;
                boolean rep = "true".equals(r.header("Idempotent-Replayed"));
                replayed += rep ? 1 : 0;
                out.append(f[0]).append('\t').append(r.id()).append('\t').append(f[1]).append('\t').append(rep)
                        .append('\n');
            } else {
                failures.add("retry of key " + f[0] + " answered " + r.status() + " " + r.error() + " " + r.body());
            }
        }
        Files.writeString(acks, out.toString(), StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        figure("retried_unresolved", ok + failures.size());
        figure("retried_now_acknowledged", ok);
        figure("retried_found_already_committed", replayed);
        return Report.report(failures);
    }
}
