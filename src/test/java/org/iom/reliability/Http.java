package org.iom.reliability;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/** The HTTP side of the driver: one client for the service under test, and the thread helpers of every command. */
final class Http {
    private static String base;
    private static HttpClient client;

    private Http() {
    }

    static void configure(String baseUrl) {
        base = baseUrl;
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r);
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    static String base() {
        return base;
    }

    static HttpClient client() {
        return client;
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
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.headers().map(), r.body(), t0, System.currentTimeMillis(), null);
        } catch (HttpTimeoutException e) {
            return new Res(0, null, null, t0, System.currentTimeMillis(), "TIMEOUT");
        } catch (ConnectException e) {
            return new Res(0, null, null, t0, System.currentTimeMillis(), "REFUSED");
        } catch (IOException e) {
            return new Res(0, null, null, t0, System.currentTimeMillis(), ioErrorKind(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Res(0, null, null, t0, System.currentTimeMillis(), "INTERRUPTED");
        }
    }

    /** RESET, CLOSED or IO_ plus the exception's simple name. */
    static String ioErrorKind(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return m.contains("reset") ? "RESET" : m.contains("closed") || m.contains("eof") ? "CLOSED"
                : "IO_" + e.getClass().getSimpleName();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts every thread, then waits for all of them. */
    static void runAll(List<Thread> threads) throws InterruptedException {
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
    }
}
