import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load and fault driver for the iom-service reliability tests (scripts/reliability). No dependencies: JDK 17,
 * java.net.http, RS256 tokens signed here with the dev key. Every command prints "FIGURE name=value" lines and exits
 * non-zero when a check fails.
 *
 * <pre>
 * java -cp target/reliability-driver Driver --base URL --key dev-keys/private-key.pem --issuer ISS COMMAND [options]
 *   setup     create a scheme (and optionally one case) for a test; prints ids
 *   load      writers (POST /v1/cases with Idempotency-Key and retries) or readers, with health probes and checks
 *   conflict  50 simultaneous PATCHes with one If-Match; 16 x 25 read-modify-write loops
 *   fuzz      seeded invalid requests against every operation in /q/openapi
 *   check-api GET every acknowledged case through the API
 * </pre>
 */
public class Driver {

    static String base;
    static String issuer;
    static PrivateKey key;
    static PrivateKey foreignKey;
    static HttpClient http;
    static final LocalDate TODAY = LocalDate.now();

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv);
        base = a.req("base");
        issuer = a.req("issuer");
        key = loadKey(Path.of(a.req("key")));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r);
                    t.setDaemon(true);
                    return t;
                }))
                .build();
        String cmd = a.positional.isEmpty() ? "help" : a.positional.get(0);
        int rc;
        switch (cmd) {
            case "setup" -> rc = setup(a);
            case "load" -> rc = load(a);
            case "conflict" -> rc = conflict(a);
            case "fuzz" -> rc = fuzz(a);
            case "check-api" -> rc = checkApi(a);
            case "resolve" -> rc = resolve(a);
            case "dupes" -> rc = dupes(a);
            default -> {
                System.err.println("usage: Driver --base URL --key PEM --issuer ISS setup|load|conflict|fuzz|check-api ...");
                rc = 2;
            }
        }
        System.out.flush();
        System.exit(rc);
    }

    // =============================================================================================================
    // setup: a scheme of our own (every test writes into a fresh scheme), optionally one case.
    // =============================================================================================================
    static int setup(Args a) throws Exception {
        String code = a.s("code", "REL-" + Integer.toString(new Random().nextInt(1 << 20), 36).toUpperCase(Locale.ROOT));
        Res r = send("POST", "/v1/schemes", token("iom-admin"), "application/json", schemeJson(code), Map.of(),
                Duration.ofSeconds(30));
        if (r.status != 201) {
            System.err.println("setup: POST /v1/schemes gave " + r.status + " " + r.error + " " + r.body);
            return 1;
        }
        String schemeId = str(Json.parse(r.body), "id");
        System.out.println("SCHEME_ID=" + schemeId);
        System.out.println("SCHEME_CODE=" + code);
        if (a.flag("with-case")) {
            Res c = send("POST", "/v1/cases", token("iom-practitioner", code), "application/json",
                    caseJson(schemeId, "Z" + String.format("%06d", new Random().nextInt(1_000_000)), 1), Map.of(),
                    Duration.ofSeconds(30));
            if (c.status != 201) {
                System.err.println("setup: POST /v1/cases gave " + c.status + " " + c.error + " " + c.body);
                return 1;
            }
            System.out.println("CASE_ID=" + str(Json.parse(c.body), "id"));
        }
        return 0;
    }

    static String schemeJson(String code) {
        return "{\"code\":" + Json.quote(code) + ",\"name\":" + Json.quote("Reliability test scheme " + code)
                + ",\"policeForceId\":\"west-midlands\",\"probationRegionCode\":\"N07\",\"launchedOn\":\"2020-04-01\""
                + ",\"status\":\"ACTIVE\",\"setting\":\"URBAN\",\"cohorts\":[\"FIXED\",\"FLEX\",\"FREE\"]"
                + ",\"coLocated\":true,\"sharedCaseSystem\":false}";
    }

    static final String[] REASONS = {"BURGLARY", "ROBBERY", "THEFT_FROM_PERSON", "VEHICLE_CRIME", "DOMESTIC_ABUSE",
            "SERIOUS_VIOLENCE", "OTHER"};
    static final String[] RISKS = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"};
    static final String[] RAGS = {"RED", "AMBER", "GREEN"};
    static final String[] COHORTS = {"FIXED", "FLEX", "FREE"};

    static String caseJson(String schemeId, String crn, int n) {
        return "{\"schemeId\":" + Json.quote(schemeId) + ",\"crn\":" + Json.quote(crn)
                + ",\"cohort\":\"" + COHORTS[n % 3] + "\",\"selectedOn\":\"" + TODAY.minusDays(30 + n % 300) + "\""
                + ",\"selectionReason\":\"" + REASONS[n % REASONS.length] + "\""
                + ",\"riskOfSeriousHarm\":\"" + RISKS[n % RISKS.length] + "\",\"predictorScore\":" + (n % 100)
                + ",\"leadAgency\":\"JOINT\",\"policeLead\":\"DC Load " + n + "\",\"probationLead\":\"PO Load " + n + "\""
                + ",\"rag\":\"" + RAGS[n % 3] + "\",\"nextReviewOn\":\"" + TODAY.plusDays(14 + n % 60) + "\"}";
    }

    // =============================================================================================================
    // load: writers or readers for a while, with optional health probes, and the checks of the fault tests.
    // =============================================================================================================
    record Attempt(int writer, String key, String crn, int body, int n, long start, long end, int status,
            String error, String id, boolean replayed, String retryAfter, String contentType, String leak) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    record Probe(String what, long start, long end, int status, String error) {}

    static int load(Args a) throws Exception {
        int writers = a.i("writers", 0);
        int readers = a.i("readers", 0);
        long durationMs = (long) (a.d("seconds", 20) * 1000);
        String schemeId = a.s("scheme-id", null);
        String schemeCode = a.s("scheme-code", null);
        long clientTimeout = a.l("client-timeout-ms", 15000);
        long retryPause = a.l("retry-pause-ms", 250);
        long settleMs = a.l("settle-seconds", 20) * 1000;
        long healthPoll = a.l("health-poll-ms", 0);
        long maxLatency = a.l("max-latency-ms", 0);
        long recoverWithin = a.l("recover-within-ms", 10000);
        long shutdownDelay = a.l("shutdown-delay-ms", 0);
        String readPath = a.s("read-path", "/v1/police-forces");
        Path out = Path.of(a.req("out"));
        Path markers = a.has("markers") ? Path.of(a.req("markers")) : null;
        boolean expectOutage = a.flag("expect-outage");
        boolean expectShutdown = a.flag("expect-shutdown");
        boolean writes = writers > 0;
        if (writes && (schemeId == null || schemeCode == null)) {
            throw new IllegalArgumentException("--writers needs --scheme-id and --scheme-code");
        }
        if (writers + readers == 0) {
            throw new IllegalArgumentException("give --writers and/or --readers");
        }
        Files.createDirectories(out);
        String writeToken = writes ? token("iom-practitioner", schemeCode) : null;
        String readToken = token("iom-admin");

        long t0 = System.currentTimeMillis();
        long end = t0 + durationMs;
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers + readers; w++) {
            final int writer = w;
            final boolean isWriter = w < writers;
            Thread t = new Thread(() -> {
                int n = 0;
                while (System.currentTimeMillis() < end) {
                    n++;
                    if (isWriter) {
                        String crn = (char) ('A' + writer % 26) + String.format("%06d", n);
                        int bodyN = writer * 100_000 + n;
                        String body = caseJson(schemeId, crn, bodyN);
                        String idemKey = UUID.randomUUID().toString();
                        for (int attempt = 1; ; attempt++) {
                            Res r = send("POST", "/v1/cases", writeToken, "application/json", body,
                                    Map.of("Idempotency-Key", idemKey), Duration.ofMillis(clientTimeout));
                            String id = null;
                            if (r.status >= 200 && r.status < 300) {
                                id = idFrom(r);
                            }
                            attempts.add(new Attempt(writer, idemKey, crn, bodyN, attempt, r.start, r.end, r.status, r.error, id,
                                    "true".equals(r.header("Idempotent-Replayed")), r.header("Retry-After"),
                                    r.header("Content-Type"), leak(r.body, body)));
                            boolean retryable = r.status == 0 || r.status >= 500;
                            if (!retryable || System.currentTimeMillis() > end + settleMs) {
                                break;
                            }
                            sleep(retryPause);
                        }
                    } else {
                        Res r = send("GET", readPath, readToken, null, null, Map.of(), Duration.ofMillis(clientTimeout));
                        attempts.add(new Attempt(writer, null, null, 0, 1, r.start, r.end, r.status, r.error, null, false,
                                r.header("Retry-After"), r.header("Content-Type"), leak(r.body, "")));
                        if (r.status != 200) {
                            sleep(Math.min(retryPause, 100));
                        }
                    }
                }
            }, (isWriter ? "writer-" : "reader-") + w);
            threads.add(t);
        }
        if (healthPoll > 0) {
            for (String what : List.of("ready", "live")) {
                threads.add(new Thread(() -> {
                    while (System.currentTimeMillis() < end) {
                        Res r = send("GET", "/q/health/" + what, null, null, null, Map.of(), Duration.ofSeconds(15));
                        probes.add(new Probe(what, r.start, r.end, r.status, r.error));
                        sleep(healthPoll);
                    }
                }, "probe-" + what));
            }
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }

        // ---- records ----
        List<Attempt> all = new ArrayList<>(attempts);
        all.sort((x, y) -> Long.compare(x.start, y.start));
        try (var wr = Files.newBufferedWriter(out.resolve("attempts.tsv"))) {
            wr.write("start_ms\tend_ms\twriter\tkey\tcrn\tattempt\tstatus\terror\tid\treplayed\n");
            for (Attempt x : all) {
                wr.write(x.start + "\t" + x.end + "\t" + x.writer + "\t" + x.key + "\t" + x.crn + "\t" + x.n + "\t"
                        + x.status + "\t" + (x.error == null ? "" : x.error) + "\t" + (x.id == null ? "" : x.id) + "\t"
                        + x.replayed + "\n");
            }
        }
        List<Probe> allProbes = new ArrayList<>(probes);
        allProbes.sort((x, y) -> Long.compare(x.start, y.start));
        try (var wr = Files.newBufferedWriter(out.resolve("probes.tsv"))) {
            for (Probe p : allProbes) {
                wr.write(p.what + "\t" + p.start + "\t" + p.end + "\t" + p.status + "\t"
                        + (p.error == null ? "" : p.error) + "\n");
            }
        }

        List<String> failures = new ArrayList<>();
        Map<String, Integer> histW = new TreeMap<>(), histR = new TreeMap<>();
        for (Attempt x : all) {
            (x.key != null ? histW : histR).merge(x.status == 0 ? x.error : String.valueOf(x.status), 1, Integer::sum);
        }
        long[] lat = all.stream().filter(x -> x.status != 0 || "TIMEOUT".equals(x.error))
                .mapToLong(x -> x.end - x.start).sorted().toArray();
        figure("requests", all.size());
        figure("requests_write", all.stream().filter(x -> x.key != null).count());
        figure("requests_read", all.stream().filter(x -> x.key == null).count());
        if (writes) {
            figure("outcomes_write", histW.toString().replace(" ", ""));
        }
        if (readers > 0) {
            figure("outcomes_read", histR.toString().replace(" ", ""));
        }
        figure("latency_ms_p50", pct(lat, 50));
        figure("latency_ms_p99", pct(lat, 99));
        figure("latency_ms_max", lat.length == 0 ? 0 : lat[lat.length - 1]);
        if (all.isEmpty()) {
            failures.add("no request was made");
        }

        // Never a 5xx other than 503; every 503 carries Retry-After; no body leaks internals.
        for (Attempt x : all) {
            if (x.status >= 500 && x.status != 503) {
                failures.add("HTTP " + x.status + " at +" + (x.start - t0) + " ms (key " + x.key + ")");
            }
            if (x.status == 503 && (x.retryAfter == null || x.retryAfter.isBlank())) {
                failures.add("503 without Retry-After at +" + (x.start - t0) + " ms");
            }
            if (x.leak != null) {
                failures.add("response body leaks '" + x.leak + "' (HTTP " + x.status + ")");
            }
            if (x.status >= 400 && x.status < 500) {
                failures.add("valid request answered " + x.status + " at +" + (x.start - t0) + " ms (key " + x.key
                        + ", crn " + x.crn + ")");
            }
        }
        if (maxLatency > 0 && lat.length > 0 && lat[lat.length - 1] > maxLatency) {
            long over = all.stream().filter(x -> x.end - x.start > maxLatency
                    && (x.status != 0 || "TIMEOUT".equals(x.error))).count();
            failures.add(over + " request(s) waited longer than " + maxLatency + " ms (max " + lat[lat.length - 1] + ")");
        }

        // Writes: acknowledged, replayed, indeterminate.
        if (writes) {
            Map<String, List<Attempt>> byKey = new LinkedHashMap<>();
            for (Attempt x : all) {
                if (x.key != null) {
                    byKey.computeIfAbsent(x.key, k -> new ArrayList<>()).add(x);
                }
            }
            int acked = 0, unresolved = 0, rejected = 0, ackedByReplay = 0, lostSightButCommitted = 0;
            Map<String, String> idByKey = new LinkedHashMap<>();
            try (var acks = Files.newBufferedWriter(out.resolve("acks.tsv"));
                    var indet = Files.newBufferedWriter(out.resolve("unresolved.tsv"))) {
                for (var e : byKey.entrySet()) {
                    List<Attempt> xs = e.getValue();
                    Attempt ok = xs.stream().filter(Attempt::ok).findFirst().orElse(null);
                    if (ok != null) {
                        acked++;
                        if (ok.id == null) {
                            failures.add("2xx without a case id for key " + e.getKey());
                            continue;
                        }
                        for (Attempt x : xs) {
                            if (x.ok() && !ok.id.equals(x.id)) {
                                failures.add("key " + e.getKey() + " acknowledged with two ids: " + ok.id + ", " + x.id);
                            }
                        }
                        idByKey.put(e.getKey(), ok.id);
                        acks.write(e.getKey() + "\t" + ok.id + "\t" + ok.crn + "\t" + ok.replayed + "\n");
                        if (ok.replayed) {
                            ackedByReplay++;
                            boolean unseen = xs.stream().anyMatch(x -> x.status == 0 || x.status >= 500);
                            if (unseen) {
                                lostSightButCommitted++;
                            }
                        }
                    } else if (xs.stream().anyMatch(x -> x.status >= 400 && x.status < 500)) {
                        rejected++;
                    } else {
                        unresolved++;
                        indet.write(e.getKey() + "\t" + xs.get(0).crn + "\t" + xs.get(0).body + "\n");
                    }
                }
            }
            long retried = byKey.values().stream().filter(xs -> xs.size() > 1).count();
            long dupIds = idByKey.values().stream().distinct().count();
            if (dupIds != idByKey.size()) {
                failures.add((idByKey.size() - dupIds) + " case id(s) acknowledged for more than one key");
            }
            figure("keys", byKey.size());
            figure("acknowledged", acked);
            figure("keys_retried", retried);
            figure("acknowledged_by_replay", ackedByReplay);
            figure("unseen_outcome_but_committed", lostSightButCommitted);
            figure("unresolved_indeterminate", unresolved);
            figure("rejected_4xx", rejected);
            figure("acked_per_second", String.format(Locale.ROOT, "%.1f", acked * 1000.0 / durationMs));
            if (acked == 0) {
                failures.add("no write was acknowledged");
            }
        }

        // Outage: 503 + Retry-After while the database is down, readiness DOWN, liveness UP, recovery in time.
        if (expectOutage) {
            long down = marker(markers, "down"), up = marker(markers, "up");
            figure("db_down_for_ms", up - down);
            long outage503 = all.stream().filter(x -> x.status == 503).count();
            figure("api_503_with_retry_after", outage503);
            if (outage503 == 0) {
                failures.add("no 503 seen while the database was down: the outage was not observed");
            }
            long ioErrors = all.stream().filter(x -> x.status == 0).count();
            if (ioErrors > 0) {
                failures.add(ioErrors + " request(s) got no HTTP answer at all during the outage");
            }
            Attempt firstOk = all.stream().filter(x -> x.start >= up && x.ok()).findFirst().orElse(null);
            if (firstOk == null) {
                failures.add("no 2xx after the database came back");
            } else {
                long rec = firstOk.end - up;
                figure("api_first_2xx_after_db_up_ms", rec);
                if (rec > recoverWithin) {
                    failures.add("first 2xx came " + rec + " ms after the database returned (limit " + recoverWithin + ")");
                }
                long late = all.stream().filter(x -> x.start > up + recoverWithin && !x.ok()).count();
                figure("api_failures_later_than_limit", late);
                if (late > 0) {
                    failures.add(late + " request(s) still failed more than " + recoverWithin + " ms after the database returned");
                }
            }
            checkHealth(allProbes, down, up, recoverWithin, failures);
        }

        // Graceful shutdown: readiness DOWN first, in-flight requests complete.
        if (expectShutdown) {
            long term = marker(markers, "sigterm");
            long httpStop = term + shutdownDelay;
            Probe readyDown = allProbes.stream().filter(p -> p.what.equals("ready") && p.start >= term && p.status != 200)
                    .findFirst().orElse(null);
            Attempt firstFail = all.stream().filter(x -> x.start >= term && !x.ok()).findFirst().orElse(null);
            if (readyDown == null) {
                failures.add("readiness never reported DOWN after SIGTERM");
            } else {
                figure("readiness_down_after_sigterm_ms", readyDown.end - term);
                figure("readiness_down_answer", readyDown.status == 0 ? readyDown.error : readyDown.status);
                if (readyDown.status != 503) {
                    failures.add("readiness went from UP to '" + (readyDown.status == 0 ? readyDown.error : readyDown.status)
                            + "' without first answering 503 DOWN");
                }
            }
            long servedAfterDown = readyDown == null ? 0
                    : all.stream().filter(x -> x.start >= readyDown.end && x.ok()).count();
            figure("api_2xx_after_readiness_down", servedAfterDown);
            if (firstFail != null) {
                figure("api_first_failure_after_sigterm_ms", firstFail.start - term);
                figure("api_first_failure", firstFail.status == 0 ? firstFail.error : firstFail.status);
                if (readyDown != null && firstFail.start < readyDown.start) {
                    failures.add("an API request failed before readiness reported DOWN");
                }
            }
            List<Attempt> cut = all.stream().filter(x -> x.start < httpStop && x.end > term && x.status == 0).toList();
            long inFlight = all.stream().filter(x -> x.start < httpStop && x.end > httpStop).count();
            figure("in_flight_when_http_shutdown_began", inFlight);
            figure("in_flight_cut_off", cut.size());
            for (Attempt x : cut) {
                failures.add("request started at SIGTERM+" + (x.start - term) + " ms got no answer: " + x.error);
            }
            long probesAfter = allProbes.stream().filter(p -> p.what.equals("live") && p.start >= term).count();
            figure("live_probes_after_sigterm", probesAfter);
        }

        return report(failures);
    }

    static void checkHealth(List<Probe> probes, long down, long up, long recoverWithin, List<String> failures) {
        List<Probe> live = probes.stream().filter(p -> p.what.equals("live")).toList();
        List<Probe> ready = probes.stream().filter(p -> p.what.equals("ready")).toList();
        long liveBad = live.stream().filter(p -> p.status != 200).count();
        figure("liveness_probes", live.size());
        figure("liveness_not_up", liveBad);
        if (live.isEmpty() || ready.isEmpty()) {
            failures.add("no health probes were recorded");
            return;
        }
        if (liveBad > 0) {
            failures.add(liveBad + " liveness probe(s) were not 200 while the database was down");
        }
        long readyDown = ready.stream().filter(p -> p.start >= down && p.end <= up && p.status == 503).count();
        figure("readiness_503_during_outage", readyDown);
        if (readyDown == 0) {
            failures.add("readiness never reported 503 while the database was down");
        }
        Probe firstDown = ready.stream().filter(p -> p.start >= down && p.status == 503).findFirst().orElse(null);
        if (firstDown != null) {
            figure("readiness_down_after_db_down_ms", firstDown.end - down);
        }
        long readyOther = ready.stream().filter(p -> p.status != 200 && p.status != 503).count();
        if (readyOther > 0) {
            failures.add(readyOther + " readiness probe(s) answered neither 200 nor 503");
        }
        Probe back = ready.stream().filter(p -> p.start >= up && p.status == 200).findFirst().orElse(null);
        if (back == null) {
            failures.add("readiness never returned to 200 after the database came back");
        } else {
            figure("readiness_up_after_db_up_ms", back.end - up);
            if (back.end - up > recoverWithin) {
                failures.add("readiness took " + (back.end - up) + " ms to return (limit " + recoverWithin + ")");
            }
        }
    }

    static long marker(Path dir, String name) throws IOException {
        if (dir == null || !Files.exists(dir.resolve(name))) {
            throw new IllegalStateException("marker '" + name + "' was not written by the test script");
        }
        return Long.parseLong(Files.readString(dir.resolve(name)).trim());
    }

    static String idFrom(Res r) {
        try {
            Object j = Json.parse(r.body);
            String id = str(j, "id");
            if (id != null) {
                return id;
            }
        } catch (RuntimeException ignored) {
            // fall through to Location
        }
        String loc = r.header("Location");
        return loc == null ? null : loc.substring(loc.lastIndexOf('/') + 1);
    }

    // =============================================================================================================
    // conflict: simultaneous If-Match updates, then read-modify-write loops with retry.
    // =============================================================================================================
    static int conflict(Args a) throws Exception {
        String schemeId = a.req("scheme-id");
        String schemeCode = a.req("scheme-code");
        int simultaneous = a.i("simultaneous", 50);
        int workers = a.i("workers", 16);
        int loops = a.i("loops", 25);
        String tok = token("iom-practitioner", schemeCode);
        List<String> failures = new ArrayList<>();

        Res created = send("POST", "/v1/cases", tok, "application/json", caseJson(schemeId, "Y" + String.format("%06d",
                new Random().nextInt(1_000_000)), 7), Map.of(), Duration.ofSeconds(30));
        if (created.status != 201) {
            System.err.println("conflict: could not create a case: " + created.status + " " + created.body);
            return 1;
        }
        String id = idFrom(created);
        String path = "/v1/cases/" + id;
        System.out.println("CASE_ID=" + id);
        long v0 = version(created.header("ETag"));
        String patchType = "application/merge-patch+json";
        Res probe = send("PATCH", path, tok, patchType, "{\"policeLead\":\"DC Probe\"}", Map.of("If-Match", "\"-1\""),
                Duration.ofSeconds(30));
        if (probe.status == 415) {
            patchType = "application/json";
        }
        figure("patch_content_type", patchType);

        // 1. N simultaneous PATCHes carrying the same If-Match: exactly one may win.
        String etag = created.header("ETag");
        CyclicBarrier barrier = new CyclicBarrier(simultaneous);
        ConcurrentLinkedQueue<Res> racers = new ConcurrentLinkedQueue<>();
        List<Thread> ts = new ArrayList<>();
        final String pt = patchType;
        for (int i = 0; i < simultaneous; i++) {
            final int n = i;
            ts.add(new Thread(() -> {
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                racers.add(send("PATCH", path, tok, pt, "{\"policeLead\":\"DC Racer " + n + "\"}",
                        Map.of("If-Match", etag), Duration.ofSeconds(30)));
            }));
        }
        ts.forEach(Thread::start);
        for (Thread t : ts) {
            t.join();
        }
        Map<String, Integer> raceOutcomes = new TreeMap<>();
        racers.forEach(r -> raceOutcomes.merge(r.status == 0 ? r.error : String.valueOf(r.status), 1, Integer::sum));
        long winners = racers.stream().filter(r -> r.status >= 200 && r.status < 300).count();
        long stale = racers.stream().filter(r -> r.status == 412).count();
        figure("race_outcomes", raceOutcomes.toString().replace(" ", ""));
        figure("race_winners", winners);
        figure("race_412", stale);
        if (winners != 1) {
            failures.add(winners + " of " + simultaneous + " simultaneous updates with the same If-Match succeeded (expected 1)");
        }
        if (winners + stale != simultaneous) {
            failures.add((simultaneous - winners - stale) + " simultaneous update(s) answered neither 2xx nor 412");
        }
        racers.stream().filter(r -> leak(r.body, "") != null).findFirst()
                .ifPresent(r -> failures.add("body leaks '" + leak(r.body, "") + "'"));

        // 2. W workers x L read-modify-write loops with retry on 412: no update is lost.
        Res before = send("GET", path, tok, null, null, Map.of(), Duration.ofSeconds(30));
        long vStart = version(before.header("ETag"));
        AtomicInteger successes = new AtomicInteger(), conflicts = new AtomicInteger(), others = new AtomicInteger();
        ConcurrentLinkedQueue<String> otherSamples = new ConcurrentLinkedQueue<>();
        long deadline = System.currentTimeMillis() + a.l("max-seconds", 120) * 1000;
        ts.clear();
        for (int w = 0; w < workers; w++) {
            final int worker = w;
            ts.add(new Thread(() -> {
                for (int i = 0; i < loops; i++) {
                    while (System.currentTimeMillis() < deadline) {
                        Res g = send("GET", path, tok, null, null, Map.of(), Duration.ofSeconds(30));
                        if (g.status != 200) {
                            others.incrementAndGet();
                            otherSamples.add("GET " + g.status + " " + g.error);
                            continue;
                        }
                        Res p = send("PATCH", path, tok, pt, "{\"probationLead\":\"PO w" + worker + " i" + i + "\"}",
                                Map.of("If-Match", g.header("ETag")), Duration.ofSeconds(30));
                        if (p.status >= 200 && p.status < 300) {
                            successes.incrementAndGet();
                            break;
                        } else if (p.status == 412) {
                            conflicts.incrementAndGet();
                        } else {
                            others.incrementAndGet();
                            otherSamples.add("PATCH " + p.status + " " + p.error + " " + p.body);
                            break;
                        }
                    }
                }
            }));
        }
        long t0 = System.currentTimeMillis();
        ts.forEach(Thread::start);
        for (Thread t : ts) {
            t.join();
        }
        Res after = send("GET", path, tok, null, null, Map.of(), Duration.ofSeconds(30));
        long vEnd = version(after.header("ETag"));
        figure("rmw_updates_wanted", workers * loops);
        figure("rmw_successes", successes.get());
        figure("rmw_conflicts_retried", conflicts.get());
        figure("rmw_other_answers", others.get());
        figure("rmw_seconds", String.format(Locale.ROOT, "%.1f", (System.currentTimeMillis() - t0) / 1000.0));
        figure("version_initial_created", v0);
        figure("version_before_rmw", vStart);
        figure("version_final", vEnd);
        figure("lost_updates", (workers * loops) - (vEnd - vStart));
        if (successes.get() != workers * loops) {
            failures.add("only " + successes.get() + " of " + workers * loops + " read-modify-write updates succeeded");
        }
        if (vEnd - vStart != successes.get()) {
            failures.add("final version " + vEnd + " - " + vStart + " != " + successes.get() + " successful updates: lost update");
        }
        if (others.get() > 0) {
            failures.add(others.get() + " unexpected answers, e.g. " + otherSamples.peek());
        }
        System.out.println("RMW_SUCCESSES=" + successes.get());
        System.out.println("RACE_WINNERS=" + winners);
        return report(failures);
    }

    static long version(String etag) {
        if (etag == null) {
            throw new IllegalStateException("no ETag");
        }
        return Long.parseLong(etag.replace("W/", "").replace("\"", "").trim());
    }

    // =============================================================================================================
    // resolve: retry every write whose outcome the client never saw, with its original Idempotency-Key and body.
    // Each must now answer 2xx (a replay if the first attempt had committed); the acknowledgements are appended.
    // =============================================================================================================
    static int resolve(Args a) throws Exception {
        Path unresolved = Path.of(a.req("unresolved"));
        Path acks = Path.of(a.req("acks"));
        String schemeId = a.req("scheme-id");
        String tok = token("iom-practitioner", a.req("scheme-code"));
        List<String> failures = new ArrayList<>();
        int ok = 0, replayed = 0;
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(unresolved)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Res r = null;
            for (int attempt = 0; attempt < 20; attempt++) {
                r = send("POST", "/v1/cases", tok, "application/json", caseJson(schemeId, f[1], Integer.parseInt(f[2])),
                        Map.of("Idempotency-Key", f[0]), Duration.ofSeconds(30));
                if (r.status != 0 && r.status < 500) {
                    break;
                }
                sleep(500);
            }
            if (r.status >= 200 && r.status < 300) {
                ok++;
                boolean rep = "true".equals(r.header("Idempotent-Replayed"));
                replayed += rep ? 1 : 0;
                out.append(f[0]).append('\t').append(idFrom(r)).append('\t').append(f[1]).append('\t').append(rep)
                        .append('\n');
            } else {
                failures.add("retry of key " + f[0] + " answered " + r.status + " " + r.error + " " + r.body);
            }
        }
        Files.writeString(acks, out.toString(), java.nio.file.StandardOpenOption.APPEND,
                java.nio.file.StandardOpenOption.CREATE);
        figure("retried_unresolved", ok + failures.size());
        figure("retried_now_acknowledged", ok);
        figure("retried_found_already_committed", replayed);
        return report(failures);
    }

    // =============================================================================================================
    // dupes: the same write sent several times at once with one Idempotency-Key (a double click, a proxy retrying
    // while the first is still running): every copy answers 2xx with the same case, exactly one is not a replay.
    // =============================================================================================================
    static int dupes(Args a) throws Exception {
        String schemeId = a.req("scheme-id");
        String tok = token("iom-practitioner", a.req("scheme-code"));
        int keys = a.i("keys", 20), copies = a.i("copies", 4);
        Path acks = Path.of(a.req("acks"));
        List<String> failures = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int originals = 0, replays = 0;
        for (int k = 0; k < keys; k++) {
            String key = UUID.randomUUID().toString();
            String crn = "W" + String.format("%06d", k);
            String body = caseJson(schemeId, crn, 900_000 + k);
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
                    got.add(send("POST", "/v1/cases", tok, "application/json", body, Map.of("Idempotency-Key", key),
                            Duration.ofSeconds(30)));
                }));
            }
            ts.forEach(Thread::start);
            for (Thread t : ts) {
                t.join();
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int fresh = 0;
            for (Res r : got) {
                if (r.status < 200 || r.status >= 300) {
                    failures.add("key " + key + ": a copy answered " + r.status + " " + r.error + " " + r.body);
                    continue;
                }
                ids.add(idFrom(r));
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
        Files.writeString(acks, out.toString(), java.nio.file.StandardOpenOption.APPEND,
                java.nio.file.StandardOpenOption.CREATE);
        figure("duplicate_sends", keys + " keys x " + copies + " simultaneous copies");
        figure("duplicate_originals", originals);
        figure("duplicate_replays", replays);
        return report(failures);
    }

    // =============================================================================================================
    // check-api: every acknowledged case is readable through the API with the acknowledged CRN.
    // =============================================================================================================
    static int checkApi(Args a) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(a.req("acks")));
        String tok = token("iom-admin");
        int threads = a.i("concurrency", 4);
        AtomicInteger ok = new AtomicInteger(), bad = new AtomicInteger();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (String line : lines) {
            String[] f = line.split("\t");
            pool.submit(() -> {
                Res r = send("GET", "/v1/cases/" + f[1], tok, null, null, Map.of(), Duration.ofSeconds(30));
                if (r.status == 200 && f[2].equals(str(Json.parse(r.body), "crn"))) {
                    ok.incrementAndGet();
                } else {
                    bad.incrementAndGet();
                    samples.add(f[1] + " -> " + r.status + " " + r.error);
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
        return report(failures);
    }

    // =============================================================================================================
    // fuzz: seeded invalid requests against every operation in the served OpenAPI document.
    // =============================================================================================================
    record Op(String method, String path, Map<String, Object> op) {}

    record FuzzReq(int index, String op, String category, String method, String path, Map<String, String> headers,
            byte[] body, String raw) {
        String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append("#").append(index).append(" [").append(category).append("] ");
            if (raw != null) {
                String shown = raw.length() > 400 ? raw.substring(0, 400) + "...(" + raw.length() + " chars)" : raw;
                sb.append("raw bytes: ").append(shown.replace("\r", "\\r").replace("\n", "\\n"));
                return sb.toString();
            }
            sb.append(method).append(' ').append(path.length() > 300 ? path.substring(0, 300) + "...(" + path.length()
                    + " chars)" : path);
            headers.forEach((k, v) -> sb.append("\n    ").append(k).append(": ")
                    .append(v.length() > 120 ? v.substring(0, 120) + "...(" + v.length() + " chars)" : v));
            if (body != null) {
                String s = new String(body, StandardCharsets.UTF_8);
                sb.append("\n    body (").append(body.length).append(" bytes): ")
                        .append(s.length() > 300 ? s.substring(0, 300) + "..." : s);
            }
            return sb.toString();
        }
    }

    record FuzzResult(FuzzReq req, int status, String error, String body, String contentType, long ms) {}

    static final String[] CATEGORIES = {"broken-json", "wrong-types", "huge-strings", "odd-headers", "bad-tokens",
            "wrong-methods", "wrong-media-types", "bad-path-params", "bad-query-params", "raw-http"};

    static int fuzz(Args a) throws Exception {
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

        Res spec = send("GET", "/q/openapi?format=json", null, null, null, Map.of("Accept", "application/json"),
                Duration.ofSeconds(30));
        if (spec.status != 200) {
            System.err.println("fuzz: /q/openapi gave " + spec.status);
            return 1;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) Json.parse(spec.body);
        Fuzzer fz = new Fuzzer(doc, known, schemeCode);
        figure("operations", fz.ops.size());
        if (fz.ops.isEmpty()) {
            System.err.println("fuzz: no operations in /q/openapi");
            return 1;
        }

        int from = only == null ? 0 : only, to = only == null ? count : only + 1;
        FuzzResult[] results = new FuzzResult[to - from];
        AtomicInteger next = new AtomicInteger(from);
        List<Thread> ts = new ArrayList<>();
        long t0 = System.currentTimeMillis();
        for (int c = 0; c < concurrency; c++) {
            ts.add(new Thread(() -> {
                for (int i; (i = next.getAndIncrement()) < to; ) {
                    FuzzReq req = fz.generate(seed, i);
                    results[i - from] = execute(req);
                }
            }));
        }
        ts.forEach(Thread::start);
        for (Thread t : ts) {
            t.join();
        }
        long elapsed = System.currentTimeMillis() - t0;

        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byOperation = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int shown = 0;
        long maxMs = 0;
        int notProblem = 0;
        for (FuzzResult r : results) {
            byStatus.merge(r.status == 0 ? r.error : String.valueOf(r.status), 1, Integer::sum);
            byCategory.merge(r.req.category, 1, Integer::sum);
            {
                byOperation.merge(r.req.op, 1, Integer::sum);
            }
            maxMs = Math.max(maxMs, r.ms);
            String why = null;
            if (r.status >= 500) {
                why = "HTTP " + r.status;
            } else if ("TIMEOUT".equals(r.error)) {
                why = "no answer within 20 s";
            } else {
                String requestText = r.req.raw != null ? r.req.raw : r.req.path + r.req.headers + (r.req.body == null ? ""
                        : new String(r.req.body, StandardCharsets.UTF_8));
                String l = leak(r.body, requestText);
                if (l != null) {
                    why = "response body contains '" + l + "'";
                }
            }
            if (why == null && r.status >= 400 && r.status < 500 && r.req.raw == null && r.req.path.startsWith("/v1")
                    && r.body != null && !r.body.isBlank() && !"HEAD".equals(r.req.method)
                    && (r.contentType == null || !r.contentType.startsWith("application/problem+json"))) {
                notProblem++;
                why = "HTTP " + r.status + " with a body that is not application/problem+json (" + r.contentType + ")";
            }
            if (why != null) {
                failures.add(why + " for request #" + r.req.index);
                if (shown++ < 10) {
                    System.out.println("FUZZ FAILURE: " + why);
                    System.out.println("  request " + r.req.describe().replace("\n", "\n  "));
                    System.out.println("  answer: " + r.status + " " + (r.error == null ? "" : r.error) + " "
                            + (r.body == null ? "" : r.body.substring(0, Math.min(400, r.body.length()))));
                    System.out.println("  replay: scripts/reliability/fuzz --seed " + seed + " --only " + r.req.index);
                }
            }
        }
        if (only != null) {
            System.out.println("REQUEST " + results[0].req.describe());
            System.out.println("ANSWER " + results[0].status + " " + (results[0].error == null ? "" : results[0].error)
                    + " " + results[0].contentType + "\n" + results[0].body);
        }
        figure("requests", results.length);
        figure("seconds", String.format(Locale.ROOT, "%.1f", elapsed / 1000.0));
        figure("by_category", byCategory.toString().replace(" ", ""));
        figure("by_status", byStatus.toString().replace(" ", ""));
        figure("operations_covered", byOperation.size() + "/" + fz.ops.size());
        figure("max_latency_ms", maxMs);
        figure("status_5xx", results.length == 0 ? 0 : java.util.Arrays.stream(results).filter(r -> r.status >= 500).count());
        figure("non_problem_4xx_bodies", notProblem);
        if (only == null && byOperation.size() < fz.ops.size()) {
            failures.add("only " + byOperation.size() + " of " + fz.ops.size() + " operations were exercised");
        }
        if (!failures.isEmpty()) {
            System.out.println("FUZZ SEED=" + seed + " failures=" + failures.size());
        }
        return report(failures.size() > 20 ? failures.subList(0, 20) : failures, failures.size());
    }

    static FuzzResult execute(FuzzReq req) {
        long t0 = System.currentTimeMillis();
        if (req.raw != null) {
            return rawHttp(req, t0);
        }
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + req.path)).timeout(Duration.ofSeconds(20));
            req.headers.forEach(b::header);
            b.method(req.method, req.body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(req.body));
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new FuzzResult(req, r.statusCode(), null, new String(r.body(), StandardCharsets.UTF_8),
                    r.headers().firstValue("Content-Type").orElse(null), System.currentTimeMillis() - t0);
        } catch (HttpTimeoutException e) {
            return new FuzzResult(req, 0, "TIMEOUT", null, null, System.currentTimeMillis() - t0);
        } catch (IllegalArgumentException e) {
            // The JDK client refuses to send it (e.g. a header value it considers illegal): count it, it is not ours.
            return new FuzzResult(req, 0, "CLIENT_REFUSED", null, null, System.currentTimeMillis() - t0);
        } catch (IOException e) {
            return new FuzzResult(req, 0, "IO:" + e.getClass().getSimpleName(), null, null, System.currentTimeMillis() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FuzzResult(req, 0, "INTERRUPTED", null, null, System.currentTimeMillis() - t0);
        }
    }

    static FuzzResult rawHttp(FuzzReq req, long t0) {
        URI u = URI.create(base);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(u.getHost(), u.getPort()), 5000);
            s.setSoTimeout(10000);
            OutputStream os = s.getOutputStream();
            os.write(req.raw.getBytes(StandardCharsets.ISO_8859_1));
            os.flush();
            s.shutdownOutput();
            InputStream is = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            for (int n; (n = is.read(chunk)) > 0 && buf.size() < 1 << 20; ) {
                buf.write(chunk, 0, n);
            }
            String resp = buf.toString(StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(resp);
            int status = m.find() ? Integer.parseInt(m.group(1)) : 0;
            int split = resp.indexOf("\r\n\r\n");
            String body = split < 0 ? "" : resp.substring(split + 4);
            return new FuzzResult(req, status, status == 0 ? "NO_RESPONSE" : null, body, null,
                    System.currentTimeMillis() - t0);
        } catch (java.net.SocketTimeoutException e) {
            return new FuzzResult(req, 0, "TIMEOUT", null, null, System.currentTimeMillis() - t0);
        } catch (IOException e) {
            return new FuzzResult(req, 0, "IO:" + e.getClass().getSimpleName(), null, null, System.currentTimeMillis() - t0);
        }
    }

    /** Generates request i of a seed deterministically (tokens differ only in their time claims). */
    static final class Fuzzer {
        final List<Op> ops = new ArrayList<>();
        final Map<String, Object> doc;
        final Map<String, String> known;
        final String schemeCode;

        @SuppressWarnings("unchecked")
        Fuzzer(Map<String, Object> doc, Map<String, String> known, String schemeCode) {
            this.doc = doc;
            this.known = known;
            this.schemeCode = schemeCode;
            Map<String, Object> paths = (Map<String, Object>) doc.getOrDefault("paths", Map.of());
            for (var p : new TreeMap<>(paths).entrySet()) {
                Map<String, Object> item = (Map<String, Object>) p.getValue();
                for (String m : List.of("get", "post", "put", "patch", "delete")) {
                    if (item.containsKey(m)) {
                        Map<String, Object> op = new LinkedHashMap<>((Map<String, Object>) item.get(m));
                        List<Object> params = new ArrayList<>();
                        if (item.get("parameters") instanceof List<?> shared) {
                            params.addAll(shared);
                        }
                        if (op.get("parameters") instanceof List<?> own) {
                            params.addAll(own);
                        }
                        op.put("parameters", params);
                        ops.add(new Op(m.toUpperCase(Locale.ROOT), p.getKey(), op));
                    }
                }
            }
        }

        FuzzReq generate(long seed, int index) {
            Random r = new Random(seed * 1_000_003L + index);
            Op op = ops.get(index % ops.size());
            String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
            Map<String, String> h = new LinkedHashMap<>();
            String method = op.method;
            String path = fillPath(op, r, false);
            String query = "";
            byte[] body = null;
            boolean hasBody = op.op.containsKey("requestBody");
            h.put("Authorization", "Bearer " + validToken(r));
            if (hasBody) {
                h.put("Content-Type", bodyType(op));
                body = validBody(op, r).getBytes(StandardCharsets.UTF_8);
            }
            if (op.method.equals("PATCH") || op.method.equals("PUT") || op.path.endsWith("/exit")) {
                h.put("If-Match", "\"" + r.nextInt(3) + "\"");
            }
            switch (category) {
                case "broken-json" -> {
                    if (!hasBody) {
                        method = pick(r, "POST", "PUT", "PATCH");
                        h.put("Content-Type", "application/json");
                    }
                    body = brokenJson(r, body == null ? "{\"a\":1}" : new String(body, StandardCharsets.UTF_8));
                }
                case "wrong-types" -> {
                    if (hasBody) {
                        body = wrongTypes(op, r).getBytes(StandardCharsets.UTF_8);
                    } else {
                        query = badQuery(op, r);
                    }
                }
                case "huge-strings" -> {
                    if (hasBody) {
                        body = hugeStrings(op, r);
                    } else {
                        query = "?" + pickParamName(op, r) + "=" + rnd(r, 2000 + r.nextInt(6000), "abcxyz019-_");
                    }
                }
                case "odd-headers" -> oddHeaders(h, r, hasBody);
                case "bad-tokens" -> badToken(h, r);
                case "wrong-methods" -> {
                    method = pick(r, "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "PROPFIND",
                            "FOO");
                    if (method.equals(op.method)) {
                        method = op.method.equals("DELETE") ? "PUT" : "DELETE";
                    }
                    if (r.nextBoolean() && body == null) {
                        body = "{}".getBytes(StandardCharsets.UTF_8);
                        h.put("Content-Type", "application/json");
                    }
                }
                case "wrong-media-types" -> {
                    if (hasBody && r.nextInt(3) > 0) {
                        h.put("Content-Type", pick(r, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                                "multipart/form-data; boundary=xyz", "application/octet-stream", "text/json",
                                "application/json-patch+json", "application/vnd.api+json", "image/png"));
                    } else {
                        h.put("Accept", pick(r, "application/xml", "text/html", "image/png", "text/csv",
                                "application/vnd.ms-excel", "application/json;q=0, text/plain"));
                    }
                }
                case "bad-path-params" -> path = fillPath(op, r, true);
                case "bad-query-params" -> query = badQuery(op, r);
                case "raw-http" -> {
                    return new FuzzReq(index, op.method + " " + op.path, category, null, null, null, null, rawRequest(r, path, h));
                }
                default -> throw new IllegalStateException(category);
            }
            if (body == null || method.equals("GET") || method.equals("HEAD")) {
                if (!category.equals("wrong-methods") && !category.equals("broken-json")) {
                    h.remove("Content-Type");
                }
                if (method.equals("GET") || method.equals("HEAD")) {
                    body = null;
                    h.remove("Content-Type");
                }
            }
            return new FuzzReq(index, op.method + " " + op.path, category, method, path + query, h, body, null);
        }

        String validToken(Random r) {
            int k = r.nextInt(10);
            if (k < 5) {
                return token("iom-admin");
            } else if (k < 8) {
                return token("iom-practitioner", schemeCode);
            }
            return token(pick(r, "iom-analyst", "iom-inspector", "iom-oversight", "iom-auditor"));
        }

        @SuppressWarnings("unchecked")
        String bodyType(Op op) {
            Map<String, Object> rb = (Map<String, Object>) op.op.get("requestBody");
            Map<String, Object> content = rb == null ? null : (Map<String, Object>) rb.get("content");
            return content == null || content.isEmpty() ? "application/json" : content.keySet().iterator().next();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> bodySchema(Op op) {
            Map<String, Object> rb = (Map<String, Object>) op.op.get("requestBody");
            if (rb == null) {
                return Map.of();
            }
            Map<String, Object> content = (Map<String, Object>) rb.get("content");
            if (content == null || content.isEmpty()) {
                return Map.of();
            }
            Map<String, Object> media = (Map<String, Object>) content.values().iterator().next();
            return resolve((Map<String, Object>) media.getOrDefault("schema", Map.of()));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> resolve(Map<String, Object> s) {
            for (int depth = 0; s != null && s.containsKey("$ref") && depth < 10; depth++) {
                String ref = (String) s.get("$ref");
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                Map<String, Object> comps = (Map<String, Object>) doc.getOrDefault("components", Map.of());
                Map<String, Object> schemas = (Map<String, Object>) comps.getOrDefault("schemas", Map.of());
                s = (Map<String, Object>) schemas.get(name);
            }
            if (s != null && s.get("allOf") instanceof List<?> all) {
                Map<String, Object> merged = new LinkedHashMap<>();
                Map<String, Object> props = new LinkedHashMap<>();
                for (Object part : all) {
                    Map<String, Object> p = resolve((Map<String, Object>) part);
                    if (p != null) {
                        merged.putAll(p);
                        if (p.get("properties") instanceof Map<?, ?> pp) {
                            props.putAll((Map<String, Object>) pp);
                        }
                    }
                }
                merged.remove("allOf");
                merged.put("properties", props);
                return merged;
            }
            return s == null ? Map.of() : s;
        }

        @SuppressWarnings("unchecked")
        Object sample(Map<String, Object> schema, String name, Random r, int depth) {
            Map<String, Object> s = resolve(schema);
            if (s.containsKey("example")) {
                return s.get("example");
            }
            if (s.get("examples") instanceof List<?> ex && !ex.isEmpty()) {
                return ex.get(0);
            }
            if (s.get("enum") instanceof List<?> en && !en.isEmpty()) {
                return en.get(r.nextInt(en.size()));
            }
            String type = typeOf(s);
            String format = (String) s.get("format");
            if (name != null && known.containsKey(name)) {
                return known.get(name);
            }
            switch (type) {
                case "object" -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    if (depth < 4 && s.get("properties") instanceof Map<?, ?> props) {
                        for (var e : ((Map<String, Object>) props).entrySet()) {
                            o.put(e.getKey(), sample((Map<String, Object>) e.getValue(), e.getKey(), r, depth + 1));
                        }
                    }
                    return o;
                }
                case "array" -> {
                    List<Object> l = new ArrayList<>();
                    if (depth < 4 && s.get("items") instanceof Map<?, ?> items) {
                        l.add(sample((Map<String, Object>) items, null, r, depth + 1));
                    }
                    return l;
                }
                case "integer" -> {
                    return 1;
                }
                case "number" -> {
                    return 1.5;
                }
                case "boolean" -> {
                    return true;
                }
                default -> {
                    if ("date".equals(format)) {
                        return TODAY.minusDays(10).toString();
                    }
                    if ("date-time".equals(format)) {
                        return "2026-01-01T10:00:00Z";
                    }
                    if ("uuid".equals(format)) {
                        return UUID.randomUUID().toString();
                    }
                    return "x";
                }
            }
        }

        @SuppressWarnings("unchecked")
        static String typeOf(Map<String, Object> s) {
            Object t = s.get("type");
            if (t instanceof String str) {
                return str;
            }
            if (t instanceof List<?> l) {
                for (Object o : l) {
                    if (!"null".equals(o)) {
                        return String.valueOf(o);
                    }
                }
            }
            if (s.containsKey("properties")) {
                return "object";
            }
            return "string";
        }

        String validBody(Op op, Random r) {
            return Json.write(sample(bodySchema(op), null, r, 0));
        }

        @SuppressWarnings("unchecked")
        String wrongTypes(Op op, Random r) {
            Object base = sample(bodySchema(op), null, r, 0);
            if (!(base instanceof Map<?, ?>)) {
                return Json.write(wrongValue(r));
            }
            Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) base);
            List<String> keys = new ArrayList<>(m.keySet());
            int changes = 1 + r.nextInt(3);
            for (int c = 0; c < changes; c++) {
                int k = r.nextInt(10);
                if (k == 0 || keys.isEmpty()) {
                    m.put(pick(r, "id", "version", "createdAt", "unknownField", "schemeId_", "__proto__", "constructor"),
                            wrongValue(r));
                } else if (k == 1 && !keys.isEmpty()) {
                    m.remove(keys.get(r.nextInt(keys.size())));
                } else {
                    String f = keys.get(r.nextInt(keys.size()));
                    m.put(f, wrongValue(r));
                }
            }
            if (r.nextInt(8) == 0) {
                return Json.write(pick(r, List.of(m), "just a string", 42, true));
            }
            return Json.write(m);
        }

        Object wrongValue(Random r) {
            return switch (r.nextInt(24)) {
                case 0 -> null;
                case 1 -> "";
                case 2 -> " ";
                case 3 -> 123456789012345678L;
                case 4 -> -1;
                case 5 -> 1.0e308;
                case 6 -> true;
                case 7 -> List.of(1, "two", Map.of());
                case 8 -> Map.of("nested", Map.of("deeper", List.of()));
                case 9 -> "2026-02-30";
                case 10 -> "2026-13-01";
                case 11 -> "31/12/2026";
                case 12 -> "not-a-uuid";
                case 13 -> "00000000-0000-0000-0000-00000000000g";
                case 14 -> "NOT_AN_ENUM_VALUE";
                case 15 -> "lowercase";
                case 16 -> "a1234567";
                case 17 -> "9999/1234567Z";
                case 18 -> "\u0000nul\u0000";
                case 19 -> "\ud83d\ude00 emoji \u202e rtl";
                case 20 -> 0.5;
                case 21 -> new java.math.BigInteger("123456789012345678901234567890");
                case 22 -> "<script>alert(1)</script>";
                default -> "' OR 1=1 --";
            };
        }

        @SuppressWarnings("unchecked")
        byte[] hugeStrings(Op op, Random r) {
            int k = r.nextInt(6);
            if (k == 0) {
                // Over the 1 MiB body limit.
                return ("{\"name\":\"" + rnd(r, 1_100_000, "abc") + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            Object base = sample(bodySchema(op), null, r, 0);
            Map<String, Object> m = base instanceof Map<?, ?> bm ? new LinkedHashMap<>((Map<String, Object>) bm)
                    : new LinkedHashMap<>();
            List<String> keys = new ArrayList<>(m.keySet());
            String f = keys.isEmpty() ? "x" : keys.get(r.nextInt(keys.size()));
            int len = pick(r, 201, 256, 1000, 4001, 10_000, 100_000, 500_000);
            String alphabet = pick(r, "abcdefghij", "\u00e9\u00df\u4e2d\u0416", "\ud83d\ude00", "0123456789",
                    " \t", "\\\"/");
            m.put(f, rnd(r, len, alphabet));
            if (k == 1 && !keys.isEmpty()) {
                String f2 = keys.get(r.nextInt(keys.size()));
                m.put(f2, List.of(rnd(r, 5000, "xyz"), rnd(r, 5000, "xyz")));
            }
            return Json.write(m).getBytes(StandardCharsets.UTF_8);
        }

        byte[] brokenJson(Random r, String valid) {
            String s = switch (r.nextInt(20)) {
                case 0 -> valid.substring(0, Math.max(1, r.nextInt(Math.max(1, valid.length()))));
                case 1 -> valid + "}";
                case 2 -> valid + " trailing";
                case 3 -> valid.replace("\"", "'");
                case 4 -> valid.replaceFirst(":", "");
                case 5 -> "[".repeat(5000) + "]".repeat(5000);
                case 6 -> "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
                case 7 -> "";
                case 8 -> "null";
                case 9 -> "[]";
                case 10 -> "123";
                case 11 -> "{\"a\":NaN,\"b\":Infinity}";
                case 12 -> "{/*c*/\"a\":1}";
                case 13 -> "{\"a\":1,}";
                case 14 -> "\ufeff" + valid;
                case 15 -> "{\"crn\":\"A1\",\"crn\":\"B2\"}";
                case 16 -> "{\"n\":1e999999999}";
                case 17 -> "{\"s\":\"\\ud800\"}";
                case 18 -> valid.replace("{", "{\"\":").replaceFirst("\\{\"\":", "{");
                default -> null;
            };
            if (s == null) {
                byte[] b = new byte[1 + r.nextInt(200)];
                r.nextBytes(b);
                return b;
            }
            return s.getBytes(StandardCharsets.UTF_8);
        }

        void oddHeaders(Map<String, String> h, Random r, boolean hasBody) {
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                switch (r.nextInt(14)) {
                    case 0 -> h.put("Content-Type", pick(r, "", "a/b/c", "application/json; charset=latin1",
                            "application/json; charset=utf-16", "application/json;;;", "*/*", "application/"));
                    case 1 -> h.put("Accept", pick(r, "*/*;q=garbage", "application/json;q=2", "application/*", ",,,",
                            "text/*;q=0.1, application/problem+json"));
                    case 2 -> h.put("If-Match", pick(r, "*", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"",
                            "\"1\", \"2\"", "garbage", "\"\"", "\"" + "9".repeat(300) + "\""));
                    case 3 -> h.put("Idempotency-Key", pick(r, " ", "k".repeat(201), "has space", "tab\tkey",
                            UUID.randomUUID().toString(), "\u00e9t\u00e9"));
                    case 4 -> h.put("X-Request-Id", rnd(r, 5000, "abc"));
                    case 5 -> h.put("Content-Encoding", pick(r, "gzip", "br", "deflate", "identity, gzip"));
                    case 6 -> h.put("X-Huge", rnd(r, 30_000, "q"));
                    case 7 -> h.put("Accept-Language", "zz-ZZ;q=1, " + rnd(r, 300, "abc"));
                    case 8 -> h.put("X-Forwarded-For", "1.2.3.4, <script>, " + rnd(r, 100, "0123456789."));
                    case 9 -> h.put("Accept-Charset", pick(r, "ebcdic", "utf-32", "x"));
                    case 10 -> h.put("X-Reason", rnd(r, 2000, "why not "));
                    case 11 -> h.put("Range", "bytes=0-1,5-3");
                    case 12 -> h.put("Cookie", "session=" + rnd(r, 1000, "ab"));
                    default -> h.put("X-Http-Method-Override", pick(r, "DELETE", "PUT", "PATCH"));
                }
            }
        }

        void badToken(Map<String, String> h, Random r) {
            long now = System.currentTimeMillis() / 1000;
            String good = token("iom-admin");
            String[] parts = good.split("\\.");
            String v = switch (r.nextInt(16)) {
                case 0 -> null;
                case 1 -> "Bearer";
                case 2 -> "Bearer ";
                case 3 -> "Bearer " + rnd(r, 40, "abcdef0123456789");
                case 4 -> "Basic dXNlcjpwYXNz";
                case 5 -> "Bearer " + b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
                case 6 -> "Bearer " + jwt(claims(issuer, now - 7200, now - 3600, "[\"iom-admin\"]", null), key);
                case 7 -> "Bearer " + jwt(claims("https://evil.example/", now, now + 600, "[\"iom-admin\"]", null), key);
                case 8 -> "Bearer " + jwt(claims(issuer, now, now + 600, "[\"iom-admin\"]", null), foreignKey());
                case 9 -> "Bearer " + parts[0] + "." + b64(new String(Base64.getUrlDecoder().decode(parts[1]),
                        StandardCharsets.UTF_8).replace("iom-admin", "iom-auditor")) + "." + parts[2];
                case 10 -> "Bearer " + jwt(claims(issuer, now, now + 600, "\"iom-admin\"", null), key);
                case 11 -> "Bearer " + jwt(claims(issuer, now, now + 600, "[\"iom-practitioner\"]",
                        pick(r, "\"REL-NONE\"", "42", "{\"a\":1}", "[1,2,{}]", "[null]", "[\"" + rnd(r, 5000, "X") + "\"]")),
                        key);
                case 12 -> "Bearer " + jwt(claims(issuer, now, now + 600, "[\"iom-superuser\", 7]", null), key);
                case 13 -> "Bearer " + jwt(claims(issuer, now, now + 600, "[\"iom-admin\"]", null)
                        .replace(",\"sub\":\"fuzz\"", "").replace(",\"upn\":\"fuzz\"", ""), key);
                case 14 -> "Bearer " + hs256WithPublicKeyLookalike(parts);
                default -> "Bearer " + good.substring(0, good.length() - 5) + "AAAAA";
            };
            if (v == null) {
                h.remove("Authorization");
            } else {
                h.put("Authorization", v);
            }
        }

        String hs256WithPublicKeyLookalike(String[] parts) {
            String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
            try {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec("public-key-bytes".getBytes(StandardCharsets.UTF_8),
                        "HmacSHA256"));
                byte[] sig = mac.doFinal((header + "." + parts[1]).getBytes(StandardCharsets.UTF_8));
                return header + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String fillPath(Op op, Random r, boolean bad) {
            String p = op.path;
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(p);
            StringBuilder sb = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                any = true;
                String name = m.group(1);
                String value;
                if (bad) {
                    value = pick(r, rnd(r, 300, "abc"), rnd(r, 5000, "abc"), "..", "%2e%2e%2f%2e%2e", "%00", "%ff%fe",
                            "' OR '1'='1", "-1", "0", "99999999999999999999", "00000000-0000-0000-0000-000000000000",
                            UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "x", "%E2%80%AE", "a%20b",
                            "%7B%7D", "null", "undefined", "%25", ";jsessionid=1", "%0d%0aX-Injected:%201");
                } else {
                    value = paramValue(op, name, r);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            String out = sb.toString();
            if (bad && !any) {
                out = out + pick(r, "/", "//", "/..", "/%00", "/" + rnd(r, 40, "xyz"), ";x=1", "/./", "%2F");
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        String paramValue(Op op, String name, Random r) {
            if (known.containsKey(name)) {
                return known.get(name);
            }
            for (Object o : (List<Object>) op.op.get("parameters")) {
                Map<String, Object> p = (Map<String, Object>) o;
                if (name.equals(p.get("name"))) {
                    if (p.containsKey("example")) {
                        return String.valueOf(p.get("example"));
                    }
                    Map<String, Object> s = resolve((Map<String, Object>) p.getOrDefault("schema", Map.of()));
                    Object v = sample(s, name, r, 0);
                    return String.valueOf(v);
                }
            }
            return UUID.randomUUID().toString();
        }

        @SuppressWarnings("unchecked")
        String pickParamName(Op op, Random r) {
            List<String> names = new ArrayList<>();
            for (Object o : (List<Object>) op.op.get("parameters")) {
                Map<String, Object> p = (Map<String, Object>) o;
                if ("query".equals(p.get("in"))) {
                    names.add((String) p.get("name"));
                }
            }
            names.add("unknownParam");
            return names.get(r.nextInt(names.size()));
        }

        String badQuery(Op op, Random r) {
            String name = pickParamName(op, r);
            String value = pick(r, "-1", "0", "201", "100000000000000000000", "abc", "1e3", "1.5", "", "%00",
                    "2026-02-30", "NOT_A_VALUE", "maybe", rnd(r, 3000, "abc"), "%ZZ", "a%20b", "[]", "{}",
                    "\u00e9", "true", "null", "9999-99-99", "%2F..%2F");
            String enc = value.startsWith("%") || value.contains("%20") ? value
                    : URLEncoder.encode(value, StandardCharsets.UTF_8);
            String q = "?" + name + "=" + enc;
            if (r.nextInt(4) == 0) {
                q += "&" + name + "=" + URLEncoder.encode(pick(r, "1", "x", ""), StandardCharsets.UTF_8);
            }
            if (r.nextInt(4) == 0) {
                q += "&limit=" + pick(r, "-5", "0", "999", "x") + "&cursor=" + pick(r, "garbage", "AAAA", "%3D%3D",
                        Base64.getUrlEncoder().encodeToString(rnd(r, 60, "{}\":,abc").getBytes(StandardCharsets.UTF_8)));
            }
            return q;
        }

        String rawRequest(Random r, String path, Map<String, String> h) {
            String auth = "Authorization: " + h.get("Authorization") + "\r\n";
            return switch (r.nextInt(12)) {
                case 0 -> "GET " + path + "\r\n\r\n";
                case 1 -> "GARBAGE\r\n\r\n";
                case 2 -> "GET " + path + " HTTP/1.1\r\nHost: x\r\nNoColonHeader\r\n\r\n";
                case 3 -> "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":1}";
                case 4 -> "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}";
                case 5 -> "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n";
                case 6 -> "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                        + "Content-Length: 2\r\nContent-Length: 7\r\nContent-Type: application/json\r\n\r\n{}";
                case 7 -> "GET " + path + " HTTP/9.9\r\nHost: x\r\n\r\n";
                case 8 -> "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + "X-Long: " + "a".repeat(70_000) + "\r\n\r\n";
                case 9 -> "GET /" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n";
                case 10 -> "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n";
                default -> "PATCH " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\n"
                        + "Content-Length: 5\r\n\r\n\u00ff\u00fe\u0000\u0001\u0002";
            };
        }
    }

    static PrivateKey foreignKey() {
        synchronized (Driver.class) {
            if (foreignKey == null) {
                try {
                    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                    g.initialize(2048);
                    foreignKey = g.generateKeyPair().getPrivate();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return foreignKey;
        }
    }

    // =============================================================================================================
    // HTTP
    // =============================================================================================================
    record Res(int status, Map<String, List<String>> headers, String body, long start, long end, String error) {
        String header(String name) {
            if (headers == null) {
                return null;
            }
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    static Res send(String method, String path, String bearer, String contentType, String body,
            Map<String, String> headers, Duration timeout) {
        long t0 = System.currentTimeMillis();
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            headers.forEach(b::header);
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.headers().map(), r.body(), t0, System.currentTimeMillis(), null);
        } catch (HttpTimeoutException e) {
            return new Res(0, null, null, t0, System.currentTimeMillis(), "TIMEOUT");
        } catch (ConnectException e) {
            return new Res(0, null, null, t0, System.currentTimeMillis(), "REFUSED");
        } catch (IOException e) {
            String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            String kind = m.contains("reset") ? "RESET" : m.contains("closed") || m.contains("eof") ? "CLOSED"
                    : "IO_" + e.getClass().getSimpleName();
            return new Res(0, null, null, t0, System.currentTimeMillis(), kind);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Res(0, null, null, t0, System.currentTimeMillis(), "INTERRUPTED");
        }
    }

    static final Pattern[] LEAKS = {
            Pattern.compile("Exception"), Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\("),
            Pattern.compile("org\\.hibernate"), Pattern.compile("SQL"), Pattern.compile("\\bjava\\.[a-z]"),
            Pattern.compile("\\borg\\.iom\\."), Pattern.compile("\\bio\\.(quarkus|vertx|smallrye|agroal)"),
            Pattern.compile("\\bjakarta\\."), Pattern.compile("com\\.fasterxml"), Pattern.compile("org\\.postgresql"),
            Pattern.compile("\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w+(Exception|Error)\\b"), Pattern.compile("Caused by"),
            Pattern.compile("(?i)syntax error at or near"), Pattern.compile("(?i)\\bselect .* from \\w"),
    };

    /** The first internal detail found in a response body that the request did not itself contain, or null. */
    static String leak(String body, String request) {
        if (body == null || body.isEmpty()) {
            return null;
        }
        for (Pattern p : LEAKS) {
            Matcher m = p.matcher(body);
            while (m.find()) {
                String found = m.group();
                if (request == null || !request.contains(found)) {
                    return found;
                }
            }
        }
        return null;
    }

    // =============================================================================================================
    // Tokens (RS256, like scripts/token)
    // =============================================================================================================
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static String token(String role, String... schemes) {
        String cacheKey = role + "|" + String.join(",", schemes);
        return TOKENS.computeIfAbsent(cacheKey, k -> {
            long now = System.currentTimeMillis() / 1000;
            String s = schemes.length == 0 ? null
                    : "[" + String.join(",", java.util.Arrays.stream(schemes).map(Json::quote).toList()) + "]";
            return jwt(claims(issuer, now, now + 3600, "[" + Json.quote(role) + "]", s), key);
        });
    }

    static String claims(String iss, long iat, long exp, String groupsJson, String schemesJson) {
        return "{\"iss\":" + Json.quote(iss) + ",\"sub\":\"fuzz\",\"upn\":\"fuzz\",\"azp\":\"reliability-driver\",\"iat\":"
                + iat + ",\"exp\":" + exp + ",\"jti\":\"" + UUID.randomUUID() + "\",\"groups\":" + groupsJson
                + (schemesJson == null ? "" : ",\"schemes\":" + schemesJson) + "}";
    }

    static String jwt(String claims, PrivateKey k) {
        try {
            String signingInput = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
            Signature sig = Signature.getInstance("SHA256withRSA");
            sig.initSign(k);
            sig.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static PrivateKey loadKey(Path pem) throws Exception {
        String text = Files.readString(pem);
        if (text.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("expected a PKCS#8 key ('BEGIN PRIVATE KEY') in " + pem);
        }
        String b = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b)));
    }

    // =============================================================================================================
    // Small helpers
    // =============================================================================================================
    static void figure(String name, Object value) {
        System.out.println("FIGURE " + name + "=" + value);
    }

    static int report(List<String> failures) {
        return report(failures, failures.size());
    }

    static int report(List<String> failures, int total) {
        if (failures.isEmpty()) {
            System.out.println("RESULT PASS");
            return 0;
        }
        for (String f : failures.size() > 25 ? failures.subList(0, 25) : failures) {
            System.out.println("CHECK FAILED: " + f);
        }
        System.out.println("RESULT FAIL (" + total + " failed check(s))");
        return 1;
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SafeVarargs
    static <T> T pick(Random r, T... xs) {
        return xs[r.nextInt(xs.length)];
    }

    static String rnd(Random r, int len, String alphabet) {
        int[] cps = alphabet.codePoints().toArray();
        StringBuilder sb = new StringBuilder(len);
        while (sb.length() < len) {
            sb.appendCodePoint(cps[r.nextInt(cps.length)]);
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    static String str(Object json, String field) {
        if (json instanceof Map<?, ?> m && m.get(field) != null) {
            return String.valueOf(((Map<String, Object>) m).get(field));
        }
        return null;
    }

    static final class Args {
        final List<String> positional = new ArrayList<>();
        final Map<String, String> named = new LinkedHashMap<>();

        Args(String[] argv) {
            for (int i = 0; i < argv.length; i++) {
                if (argv[i].startsWith("--")) {
                    String k = argv[i].substring(2);
                    if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
                        named.put(k, argv[++i]);
                    } else {
                        named.put(k, "true");
                    }
                } else {
                    positional.add(argv[i]);
                }
            }
        }

        boolean has(String k) {
            return named.containsKey(k);
        }

        boolean flag(String k) {
            return "true".equals(named.get(k));
        }

        String s(String k, String d) {
            return named.getOrDefault(k, d);
        }

        String req(String k) {
            String v = named.get(k);
            if (v == null) {
                throw new IllegalArgumentException("missing --" + k);
            }
            return v;
        }

        int i(String k, int d) {
            return has(k) ? Integer.parseInt(named.get(k)) : d;
        }

        long l(String k, long d) {
            return has(k) ? Long.parseLong(named.get(k)) : d;
        }

        double d(String k, double d) {
            return has(k) ? Double.parseDouble(named.get(k)) : d;
        }
    }

    /** A small JSON reader and writer: enough for the OpenAPI document and our own bodies. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            if (s == null) {
                return null;
            }
            Json j = new Json(s);
            j.ws();
            Object v = j.value();
            j.ws();
            if (j.i != s.length()) {
                throw new IllegalArgumentException("trailing data at " + j.i);
            }
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        ws();
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                            continue;
                        }
                        expect('}');
                        return m;
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                            continue;
                        }
                        expect(']');
                        return l;
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int st = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    String num = s.substring(st, i);
                    if (num.isEmpty()) {
                        throw new IllegalArgumentException("unexpected '" + c + "' at " + st);
                    }
                    if (num.contains(".") || num.contains("e") || num.contains("E")) {
                        return Double.parseDouble(num);
                    }
                    return Long.parseLong(num);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        static String quote(String v) {
            StringBuilder sb = new StringBuilder("\"");
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.append('"').toString();
        }

        @SuppressWarnings("unchecked")
        static String write(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof String str) {
                return quote(str);
            }
            if (v instanceof Map<?, ?> m) {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (var e : ((Map<String, Object>) m).entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    sb.append(quote(e.getKey())).append(':').append(write(e.getValue()));
                }
                return sb.append('}').toString();
            }
            if (v instanceof List<?> l) {
                StringBuilder sb = new StringBuilder("[");
                for (int k = 0; k < l.size(); k++) {
                    if (k > 0) {
                        sb.append(',');
                    }
                    sb.append(write(l.get(k)));
                }
                return sb.append(']').toString();
            }
            if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
                return "null";
            }
            return String.valueOf(v);
        }
    }
}
