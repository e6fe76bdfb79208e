package org.iom.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.iom.common.db.Database;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/** Idempotency-Keys expire (iom.idempotency.expiry, default 24 hours) and are purged in batches (ADR 0030). */
@QuarkusTest
class IdempotencyExpiryTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    @Inject Database database;
    @Inject IdempotencyPurge purge;
    @Inject IdempotencyConfig config;

    @Test
    void theDefaultExpiryIs24Hours() {
        assertEquals(Duration.ofHours(24), config.expiry());
    }

    /** Inserts {@code n} records of a unique caller, created at {@code at}; returns the caller. */
    String records(int n, Instant at) {
        String caller = "purge-test-" + Fixtures.uniqueCode();
        database.jdbi().useHandle(h -> h.createUpdate("""
                insert into idempotency_record (caller, idempotency_key, operation, request_hash, status, body,
                                                created_at)
                select :caller, 'k' || g, 'POST /v1/schemes', repeat('0', 64), 201, '{}', :at
                from generate_series(1, :n) g""")
                .bind("caller", caller).bind("at", at).bind("n", n).execute());
        return caller;
    }

    long count(String caller) {
        return database.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from idempotency_record where caller = :caller")
                .bind("caller", caller).mapTo(Long.class).one());
    }

    long expired(Instant before) {
        return database.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from idempotency_record where created_at < :before")
                .bind("before", before).mapTo(Long.class).one());
    }

    Response createScheme(String key, Map<String, Object> body) {
        return given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/v1/schemes");
    }

    @Test
    void expiredRecordsAreGoneAfterAPurgeAndARetryInsideTheLimitStillReplays() {
        Instant now = Instant.now();
        String old = records(3, now.minus(Duration.ofHours(25)));
        String key = "expiry-" + Fixtures.uniqueCode();
        Map<String, Object> body = Fixtures.schemeBody(Fixtures.uniqueCode());
        Response first = createScheme(key, body);
        assertEquals(201, first.statusCode(), first.asString());

        purge.purgeExpired();

        assertEquals(0, count(old), "records older than 24 hours are purged");
        Response retry = createScheme(key, body);
        assertEquals(201, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"), "a retry inside the limit replays");
        assertEquals(first.<String>path("id"), retry.path("id"));
    }

    @Test
    void anExpiredKeyNotYetPurgedIsFreeAgain() {
        String key = "expired-" + Fixtures.uniqueCode();
        Map<String, Object> body = Fixtures.schemeBody(Fixtures.uniqueCode());
        String firstId = createScheme(key, body).then().statusCode(201).extract().path("id");
        database.jdbi().useHandle(h -> h.createUpdate("update idempotency_record set created_at = created_at - "
                + "interval '25 hours' where caller = :caller and idempotency_key = :key")
                .bind("caller", "test-" + Roles.ADMIN).bind("key", key).execute());

        Map<String, Object> other = Fixtures.schemeBody(Fixtures.uniqueCode());
        Response again = createScheme(key, other);
        assertEquals(201, again.statusCode(), "an expired key runs its request anew: " + again.asString());
        assertEquals(null, again.header("Idempotent-Replayed"));
        assertTrue(!firstId.equals(again.path("id")));
    }

    @Test
    void twoPurgersAtOnceDeleteEachExpiredRecordOnceAndKeepEveryLiveOne() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant before = now.minus(Duration.ofHours(24));
        String old = records(5_000, now.minus(Duration.ofHours(30)));
        String live = records(500, now.minus(Duration.ofHours(23)));
        long expiredBefore = expired(before);
        assertTrue(expiredBefore >= 5_000);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Long>> purgers = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return purge.purge(before);
                    }, pool)).toList();
            start.countDown();
            long deleted = 0;
            for (CompletableFuture<Long> p : purgers) {
                deleted += p.get(60, TimeUnit.SECONDS);
            }
            assertEquals(expiredBefore, deleted, "every expired record deleted exactly once");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, count(old));
        assertEquals(500, count(live), "no live record lost");
        assertEquals(0, expired(before));
    }

    @Test
    void aPurgeNeitherWaitsForARequestHoldingAnExpiredKeyNorForAnotherPurger() throws Exception {
        Instant now = Instant.now();
        String held = records(1, now.minus(Duration.ofHours(30)));
        String free = records(10, now.minus(Duration.ofHours(30)));
        try (Handle request = database.jdbi().open()) {
            request.begin();
            // A request taking over the expired key holds its row.
            request.createQuery("select 1 from idempotency_record where caller = :c for update")
                    .bind("c", held).mapTo(Integer.class).one();
            long deleted = CompletableFuture.supplyAsync(() -> purge.purge(now.minus(Duration.ofHours(24))))
                    .get(10, TimeUnit.SECONDS);
            assertTrue(deleted >= 10, "the purge went on around the held row");
            assertEquals(0, count(free));
            request.rollback();
        }
        assertEquals(1, count(held), "the held row was skipped, not waited for");

        try (Handle other = database.jdbi().open()) {
            other.begin();
            other.createQuery("select pg_advisory_xact_lock(hashtextextended('idempotency_record:purge', 0))::text")
                    .mapTo(String.class).one();
            long deleted = CompletableFuture.supplyAsync(() -> purge.purge(now.minus(Duration.ofHours(24))))
                    .get(10, TimeUnit.SECONDS);
            assertEquals(0, deleted, "while another instance purges, this one leaves the work to it");
            other.rollback();
        }
        purge.purge(now.minus(Duration.ofHours(24)));
        assertEquals(0, count(held));
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
