package org.iom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request deadline (scripts/reliability/hang checks it end to end against a frozen PostgreSQL): a /v1 request
 * whose answer has not started by the deadline gets 503 problem+json with Retry-After at the deadline; the late answer
 * of the still-busy worker is dropped; answers in time and requests outside /v1 are untouched.
 */
class RequestDeadlineTest {

    private static final long DEADLINE_MS = 400;
    private static final long WORKER_MS = 3000;

    private final ObjectMapper json = new ObjectMapper();
    private Vertx vertx;
    private HttpServer server;
    private final CountDownLatch lateAnswerTried = new CountDownLatch(1);
    private final AtomicReference<Throwable> lateAnswerFailure = new AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().order(Integer.MIN_VALUE + 1)
                .handler(RequestDeadline.handler(vertx, DEADLINE_MS, RequestDeadline.body(json, DEADLINE_MS)));
        // A worker stuck on the database for longer than the deadline, which then tries to answer.
        router.get("/v1/slow").blockingHandler(ctx -> {
            sleep(WORKER_MS);
            try {
                ctx.response().end("late"); // must not reach the client: Vert.x refuses it
            } catch (Throwable t) {
                lateAnswerFailure.set(t);
            } finally {
                lateAnswerTried.countDown();
            }
        }, false);
        router.get("/v1/fast").handler(ctx -> ctx.response().end("fast"));
        router.post("/v1/case-imports").blockingHandler(ctx -> {
            sleep(WORKER_MS);
            ctx.response().setStatusCode(201).end("imported");
        }, false);
        router.get("/q/slow").blockingHandler(ctx -> {
            sleep(WORKER_MS);
            ctx.response().end("unguarded");
        }, false);
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSlowV1RequestIsAnswered503AtItsDeadline() throws Exception {
        assertEquals(200, get("/v1/fast").statusCode()); // warm up client and server: measure the deadline, not that
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/v1/slow");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

        assertEquals(503, r.statusCode());
        assertTrue(ms >= DEADLINE_MS - 20 && ms < WORKER_MS, "answered after " + ms + " ms");
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(null));
        assertEquals(Problem.MEDIA_TYPE, r.headers().firstValue("Content-Type").orElse(null));
        assertEquals("close", r.headers().firstValue("Connection").orElse(null));
        JsonNode problem = json.readTree(r.body());
        assertEquals(503, problem.get("status").asInt());
        assertEquals(ProblemType.UNAVAILABLE.uri, problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("Idempotency-Key"), problem.toString());

        // The worker finishes later; its answer is refused, not sent to anyone.
        assertTrue(lateAnswerTried.await(10, TimeUnit.SECONDS));
        assertTrue(lateAnswerFailure.get() instanceof IllegalStateException, String.valueOf(lateAnswerFailure.get()));
        // ... and recognised as a late answer, so ProblemMapper and RouteFailureHandler drop it instead of logging
        // a server error.
        assertTrue(RequestDeadline.isLateAnswer(new RuntimeException("wrapped", lateAnswerFailure.get())));
        assertFalse(RequestDeadline.isLateAnswer(new IllegalStateException("something else")));
    }

    @Test
    void answersInTimeAndRequestsOutsideV1AreUntouched() throws Exception {
        HttpResponse<String> fast = get("/v1/fast");
        assertEquals(200, fast.statusCode());
        assertEquals("fast", fast.body());
        assertFalse(fast.headers().firstValue("Retry-After").isPresent());

        // The timer of an answered request is cancelled: nothing is written after the answer.
        sleep(DEADLINE_MS + 200);
        assertEquals("fast", get("/v1/fast").body());

        HttpResponse<String> health = get("/q/slow");
        assertEquals(200, health.statusCode());
        assertEquals("unguarded", health.body());

        // A bulk import runs past the deadline by design (its own timeout, ADR 0021): it is not cut off.
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.actualPort() + "/v1/case-imports"))
                .POST(HttpRequest.BodyPublishers.ofString("crn\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, imported.statusCode());
        assertEquals("imported", imported.body());
        assertTrue(RequestDeadline.guarded("GET", "/v1/case-imports/0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c"));
        assertTrue(RequestDeadline.guarded("POST", "/v1/cases"));
        assertFalse(RequestDeadline.guarded("POST", "/v1/case-imports"));
    }

    @Test
    void theDeadlineIsTheSocketTimeoutPlusAMarginBelowOneSecond() {
        assertEquals(10_500, RequestDeadline.deadlineMillis(10, Duration.ofMillis(500)));
        assertEquals(5_000, RequestDeadline.deadlineMillis(5, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RequestDeadline.deadlineMillis(0, Duration.ofMillis(500)));
        assertThrows(IllegalArgumentException.class, () -> RequestDeadline.deadlineMillis(10, Duration.ofMillis(901)));
        assertThrows(IllegalArgumentException.class, () -> RequestDeadline.deadlineMillis(10, Duration.ofMillis(-1)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        CompletableFuture<HttpResponse<String>> f = client.sendAsync(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.actualPort() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return f.get(15, TimeUnit.SECONDS);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
