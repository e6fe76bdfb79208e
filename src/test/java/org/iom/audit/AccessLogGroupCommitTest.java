package org.iom.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.iom.common.db.Database;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 25, ADR 0043: GET /v1/cases/{id} answers only once its access-log entry is committed, in a commit shared with
 * the reads waiting at the same time. Faults are put between the insert and the commit by a deferred constraint trigger
 * that the owner adds for the test (it fires at COMMIT, after the row is inserted) and removes afterwards.
 */
@QuarkusTest
class AccessLogGroupCommitTest {

    private static final long STALL_LOCK = 250_043L;

    @Inject Database database;
    @Inject AccessLogGroupCommitConfig config;

    @Test
    void concurrentReadsShareCommitsAndEveryAnswered200HasItsRow() throws Exception {
        var scheme = Fixtures.scheme();
        List<String> caseIds = IntStream.range(0, 4).mapToObj(i -> Fixtures.caseOn(scheme).id()).toList();
        int n = 48;
        List<String> requestIds = new ArrayList<>();
        List<CompletableFuture<Response>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        try {
            for (int i = 0; i < n; i++) {
                String requestId = "group-" + UUID.randomUUID();
                requestIds.add(requestId);
                String caseId = caseIds.get(i % caseIds.size());
                answers.add(CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return get(caseId, requestId);
                }, pool));
            }
            go.countDown();
            for (int i = 0; i < n; i++) {
                Response r = answers.get(i).get(60, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), r.asString());
                assertEquals(caseIds.get(i % caseIds.size()), r.jsonPath().getString("id"));
            }
        } finally {
            pool.shutdownNow();
        }
        record Logged(int rows, int commits, int wrong) {}
        Logged logged = database.jdbi().withHandle(h -> h.createQuery("""
                select count(*) as rows, count(distinct xmin::text) as commits,
                       count(*) filter (where action <> 'CONSULTATION' or case_id::text <> all(:cases)
                                        or scheme_id::text <> :scheme) as wrong
                from audit_event where request_id = any(:requests)""")
                .bind("cases", caseIds.toArray(new String[0])).bind("scheme", scheme.id())
                .bind("requests", requestIds.toArray(new String[0])).mapTo(Logged.class).one());
        assertEquals(n, logged.rows(), "one access-log row per read answered 200");
        assertEquals(0, logged.wrong(), "each row names the case and scheme disclosed");
        // Rows inserted by one commit share their xmin: fewer transactions than reads means shared commits.
        assertTrue(logged.commits() < n, logged.commits() + " commits for " + n + " concurrent reads");
    }

    @Test
    void aCrashBetweenInsertAndCommitDisclosesNoUnloggedData() throws Exception {
        var scheme = Fixtures.scheme();
        var aCase = Fixtures.caseOn(scheme);
        String requestId = "crash-before-commit-" + UUID.randomUUID();
        asOwner("""
                create function test_crash_before_commit() returns trigger language plpgsql as $$
                begin
                    if new.request_id like 'crash-before-commit-%' then
                        perform pg_terminate_backend(pg_backend_pid());  -- the backend dies here, before COMMIT ends
                        perform pg_sleep(5);
                    end if;
                    return null;
                end $$;
                create constraint trigger test_crash_before_commit after insert on audit_event
                    deferrable initially deferred for each row execute function test_crash_before_commit()""");
        Response r;
        try {
            r = get(aCase.id(), requestId);
        } finally {
            asOwner("drop trigger test_crash_before_commit on audit_event; drop function test_crash_before_commit()");
        }
        assertNothingDisclosed(r, aCase);
        assertEquals(0, rowsOf(requestId), "the entry died with the backend before its commit");
        // The service carries on: the next read is answered and logged.
        String again = "after-crash-" + UUID.randomUUID();
        assertEquals(200, get(aCase.id(), again).statusCode());
        assertEquals(1, rowsOf(again));
    }

    @Test
    void aStalledDatabaseTimesOutTheWaitingRequestsCleanly() throws Exception {
        var scheme = Fixtures.scheme();
        var aCase = Fixtures.caseOn(scheme);
        String stalled = "stall-" + UUID.randomUUID();
        List<String> waiting = List.of("behind-stall-" + UUID.randomUUID(), "behind-stall-" + UUID.randomUUID(),
                "behind-stall-" + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Connection owner = ownerConnection()) {
            asOwner("""
                    create function test_stall_commit() returns trigger language plpgsql as $$
                    begin
                        if new.request_id like 'stall-%' then
                            perform pg_advisory_xact_lock(250043);  -- waits until the test lets go (STALL_LOCK)
                        end if;
                        return null;
                    end $$;
                    create constraint trigger test_stall_commit after insert on audit_event
                        deferrable initially deferred for each row execute function test_stall_commit()""");
            try {
                exec(owner, "select pg_advisory_lock(" + STALL_LOCK + ")");
                CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> get(aCase.id(), stalled), pool);
                awaitStalledCommit(owner);
                long t0 = System.nanoTime();
                List<CompletableFuture<Response>> behind = waiting.stream()
                        .map(id -> CompletableFuture.supplyAsync(() -> get(aCase.id(), id), pool)).toList();
                for (CompletableFuture<Response> f : behind) {
                    assertNothingDisclosed(f.get(30, TimeUnit.SECONDS), aCase);
                }
                long waitedMs = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(waitedMs < config.timeout().toMillis() + 3_000, "answered 503 after " + waitedMs + " ms");
                assertTrue(waitedMs >= config.timeout().toMillis() - 500, "gave up after " + waitedMs + " ms");
                assertNothingDisclosed(first.get(30, TimeUnit.SECONDS), aCase);
                exec(owner, "select pg_advisory_unlock(" + STALL_LOCK + ")");
                awaitRow(stalled); // the writer's stalled commit ends, and it carries on
            } finally {
                exec(owner, "select pg_advisory_unlock_all()");
                asOwner("drop trigger test_stall_commit on audit_event; drop function test_stall_commit()");
            }
        } finally {
            pool.shutdownNow();
        }
        for (String id : waiting) {
            assertEquals(0, rowsOf(id), "a request that gave up before its entry was taken is not logged");
        }
        String again = "after-stall-" + UUID.randomUUID();
        assertEquals(200, get(aCase.id(), again).statusCode());
        assertEquals(1, rowsOf(again));
    }

    private static Response get(String caseId, String requestId) {
        return given().header("Authorization", Tokens.bearer(Roles.ADMIN)).header("X-Request-Id", requestId)
                .get("/v1/cases/" + caseId).andReturn();
    }

    /** 503 problem+json with Retry-After, and nothing of the case in it. */
    private static void assertNothingDisclosed(Response r, Fixtures.CaseRef aCase) {
        assertEquals(503, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("5", r.header("Retry-After"));
        String body = r.asString();
        assertFalse(body.contains(aCase.crn()), body);
        assertFalse(body.contains("crn") || body.contains("riskOfSeriousHarm") || body.contains("schemeId"), body);
    }

    private int rowsOf(String requestId) {
        return database.jdbi().withHandle(h -> h.createQuery("select count(*) from audit_event where request_id = :id")
                .bind("id", requestId).mapTo(Integer.class).one());
    }

    private void awaitRow(String requestId) throws Exception {
        for (int i = 0; i < 300 && rowsOf(requestId) == 0; i++) {
            Thread.sleep(50);
        }
        assertEquals(1, rowsOf(requestId), "the stalled commit went through once let go");
    }

    /** Until a backend waits for the test's advisory lock: the writer, inside its commit. */
    private static void awaitStalledCommit(Connection owner) throws Exception {
        for (int i = 0; i < 600; i++) {
            try (var s = owner.createStatement(); ResultSet rs = s.executeQuery(
                    "select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the writer's commit never reached the stall");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection ownerConnection() throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("quarkus.flyway.jdbc-url", String.class)
                .orElse(config.getValue("quarkus.datasource.jdbc.url", String.class));
        return DriverManager.getConnection(url, config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }

    private static void asOwner(String sql) throws SQLException {
        try (Connection c = ownerConnection()) {
            exec(c, sql);
        }
    }
}
