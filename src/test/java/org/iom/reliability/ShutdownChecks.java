package org.iom.reliability;

import static org.iom.reliability.Report.figure;

import java.util.List;

/**
 * SIGTERM at {@code term} (epoch ms), HTTP shutdown {@code shutdownDelay} ms later: readiness answers 503 first, no
 * API request fails before it does, and no request in flight when HTTP shutdown began is cut off.
 */
final class ShutdownChecks {

    private ShutdownChecks() {
    }

    static void check(List<Attempt> all, List<Probe> probes, long term, long shutdownDelay, List<String> failures) {
        long httpStop = term + shutdownDelay;
        Probe readyDown = probes.stream().filter(p -> p.what().equals("ready") && p.start() >= term && p.status() != 200)
                .findFirst().orElse(null);
        Attempt firstFail = all.stream().filter(x -> x.start() >= term && !x.ok()).findFirst().orElse(null);
        if (readyDown == null) {
            failures.add("readiness never reported DOWN after SIGTERM");
        } else {
            figure("readiness_down_after_sigterm_ms", readyDown.end() - term);
            figure("readiness_down_answer", readyDown.status() == 0 ? readyDown.error() : readyDown.status());
            if (readyDown.status() != 503) {
                failures.add("readiness went from UP to '" + (readyDown.status() == 0 ? readyDown.error() : readyDown.status())
                        + "' without first answering 503 DOWN");
            }
        }
        long servedAfterDown = readyDown == null ? 0
                : all.stream().filter(x -> x.start() >= readyDown.end() && x.ok()).count();
        figure("api_2xx_after_readiness_down", servedAfterDown);
        if (firstFail != null) {
            figure("api_first_failure_after_sigterm_ms", firstFail.start() - term);
            figure("api_first_failure", firstFail.status() == 0 ? firstFail.error() : firstFail.status());
            if (readyDown != null && firstFail.start() < readyDown.start()) {
                failures.add("an API request failed before readiness reported DOWN");
            }
        }
        List<Attempt> cut = all.stream().filter(x -> x.start() < httpStop && x.end() > term && x.status() == 0).toList();
        long inFlight = all.stream().filter(x -> x.start() < httpStop && x.end() > httpStop).count();
        figure("in_flight_when_http_shutdown_began", inFlight);
        figure("in_flight_cut_off", cut.size());
        for (Attempt x : cut) {
            failures.add("request started at SIGTERM+" + (x.start() - term) + " ms got no answer: " + x.error());
        }
        long probesAfter = probes.stream().filter(p -> p.what().equals("live") && p.start() >= term).count();
        figure("live_probes_after_sigterm", probesAfter);
    }
}
