package org.iom.reliability;

import static org.iom.reliability.Attempts.read;
import static org.iom.reliability.Attempts.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outage and graceful-shutdown checks on made-up timelines (database down 1000-2000 ms, SIGTERM at 1000 ms). */
class FaultChecksTest {

    static List<Probe> probes(int readyWhileDown) {
        return List.of(new Probe("ready", 500, 510, 200, null), new Probe("live", 500, 510, 200, null),
                new Probe("ready", 1200, 1210, readyWhileDown, null), new Probe("live", 1200, 1210, 200, null),
                new Probe("ready", 2100, 2110, 200, null), new Probe("live", 2100, 2110, 200, null));
    }

    @Test
    void anOutageAnswered503AndRecoveredInTimePasses() {
        List<String> failures = new ArrayList<>();
        OutageChecks.check(List.of(read(500, 510, 200), read(1100, 1110, 503), read(2050, 2060, 200)), probes(503),
                1000, 2000, 10_000, failures);
        assertEquals(List.of(), failures);
    }

    @Test
    void anOutageNobodyNoticedOrThatLeftRequestsUnansweredFails() {
        List<String> failures = new ArrayList<>();
        OutageChecks.check(List.of(read(1100, 1110, 0), read(2050, 9000, 200)), probes(200), 1000, 2000, 5_000,
                failures);
        assertEquals(List.of("no 503 seen while the database was down: the outage was not observed",
                "1 request(s) got no HTTP answer at all during the outage",
                "first 2xx came 7000 ms after the database returned (limit 5000)",
                "readiness never reported 503 while the database was down"), failures);
    }

    @Test
    void theFirstWriteAfterTheReturnCountsNotAReadNorAWriteStartedBefore() {
        List<String> failures = new ArrayList<>();
        OutageChecks.firstWrite(List.of(write("k1", 1, 1990, 201, "a", false), read(2050, 2060, 200),
                write("k2", 1, 2100, 503, null, false), write("k2", 2, 9000, 201, "b", false)), 1000, 2000, 5_000,
                failures);
        assertEquals(List.of("first acknowledged write came 7010 ms after the database returned (limit 5000)"), failures);
        List<String> ok = new ArrayList<>();
        OutageChecks.firstWrite(List.of(write("k3", 1, 2500, 201, "c", false)), 1000, 2000, 5_000, ok);
        assertEquals(List.of(), ok);
        List<String> none = new ArrayList<>();
        OutageChecks.firstWrite(List.of(read(2050, 2060, 200)), 1000, 2000, 5_000, none);
        assertEquals(List.of("no write was acknowledged after the database came back"), none);
    }

    @Test
    void healthNeedsProbesLivenessUpAndReadinessBack() {
        List<String> none = new ArrayList<>();
        OutageChecks.health(List.of(), 1000, 2000, 10_000, none);
        assertEquals(List.of("no health probes were recorded"), none);
        List<String> failures = new ArrayList<>();
        OutageChecks.health(List.of(new Probe("live", 1100, 1110, 503, null), new Probe("ready", 1100, 1110, 503, null),
                new Probe("ready", 1500, 1510, 0, "TIMEOUT")), 1000, 2000, 10_000, failures);
        assertEquals(List.of("1 liveness probe(s) were not 200 while the database was down",
                "1 readiness probe(s) answered neither 200 nor 503",
                "readiness never returned to 200 after the database came back"), failures);
    }

    @Test
    void aGracefulShutdownReportsNotReadyBeforeAnyRequestFails() {
        List<Probe> probes = List.of(new Probe("ready", 1050, 1060, 503, null), new Probe("live", 1050, 1060, 200, null));
        List<String> failures = new ArrayList<>();
        ShutdownChecks.check(List.of(read(900, 1500, 200), read(1100, 1200, 200), read(4100, 4110, 0)), probes, 1000,
                3000, failures);
        assertEquals(List.of(), failures, "a refused connection after HTTP shutdown is expected");
    }

    @Test
    void aRequestCutOffOrFailingBeforeReadinessWentDownFails() {
        List<Probe> probes = List.of(new Probe("ready", 1500, 1510, 503, null));
        List<String> failures = new ArrayList<>();
        ShutdownChecks.check(List.of(read(1100, 1200, 0), read(2900, 3100, 0)), probes, 1000, 3000, failures);
        assertEquals(List.of("an API request failed before readiness reported DOWN",
                "request started at SIGTERM+100 ms got no answer: REFUSED",
                "request started at SIGTERM+1900 ms got no answer: REFUSED"), failures);
        List<String> noProbe = new ArrayList<>();
        ShutdownChecks.check(List.of(), List.of(new Probe("ready", 1100, 1110, 0, "REFUSED")), 1000, 3000, noProbe);
        assertEquals(List.of("readiness went from UP to 'REFUSED' without first answering 503 DOWN"), noProbe);
    }
}
