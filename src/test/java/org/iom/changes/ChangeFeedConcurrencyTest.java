package org.iom.changes;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.iom.common.db.Database;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.CaseRef;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The feed under concurrency (ADR 0038): 8 writers change their own case, through the API and through transactions
 * that hold their entry open for a while before committing (so entries are numbered in one order and committed in
 * another), and roll back others; a follower reads with the cursor as fast as it can. At the end the follower has
 * seen every committed change exactly once, in each writer's order, and in commit order across writers (a change
 * whose commit returned before another began comes first); the rolled-back ones left no entry.
 */
@QuarkusTest
class ChangeFeedConcurrencyTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static final int WRITERS = 8;
    static final int WRITES = 30;

    @Inject Database database;

    /** One committed change: its case, the ETag it produced, and when its commit was asked for and returned. */
    record Write(String caseId, String etag, long started, long committed) {}

    @Test
    void aFollowerSeesEveryCommittedChangeOnceInCommitOrderAndNoRolledBackOne() throws Exception {
        SchemeRef scheme = Fixtures.scheme();
        List<CaseRef> cases = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            cases.add(Fixtures.caseOn(scheme));
        }
        CaseRef ghost = Fixtures.caseOn(scheme);
        String from = Feed.head(ADMIN);

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<Feed.Read> follower = pool.submit(() -> follow(from, writing));
        List<Future<List<Write>>> writers = new ArrayList<>();
        for (CaseRef c : cases) {
            writers.add(pool.submit(() -> write(c, ghost.id())));
        }
        List<Write> committed = new ArrayList<>();
        for (Future<List<Write>> w : writers) {
            committed.addAll(w.get(5, TimeUnit.MINUTES));
        }
        writing.set(false);
        Feed.Read read = follower.get(1, TimeUnit.MINUTES);
        pool.shutdown();

        List<Map<String, Object>> seen = read.items();
        assertEquals(seen.size(), new HashSet<>(seen.stream().map(i -> i.get("id")).toList()).size(),
                "an entry seen twice");
        assertTrue(Feed.about(seen, ghost.id()).isEmpty(), "a rolled-back change left an entry: "
                + Feed.about(seen, ghost.id()));
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < seen.size(); i++) {
            position.put(seen.get(i).get("subject") + " " + Feed.etag(seen.get(i)), i);
        }
        for (CaseRef c : cases) {
            List<String> expected = committed.stream().filter(w -> w.caseId().equals(c.id())).map(Write::etag).toList();
            List<String> got = Feed.about(seen, c.id()).stream().map(Feed::etag).toList();
            assertEquals(expected, got, "case " + c.id() + ": every committed change once, in its writer's order");
        }
        int pairs = 0;
        for (Write a : committed) {
            for (Write b : committed) {
                if (a.committed() < b.started()) {
                    pairs++;
                    assertTrue(position.get(a.caseId() + " " + a.etag()) < position.get(b.caseId() + " " + b.etag()),
                            a + " committed before " + b + " began, but the feed has it later");
                }
            }
        }
        assertEquals(WRITERS * WRITES, committed.size());
        assertTrue(pairs > 0);
    }

    /** Reads from {@code from} with random page sizes until the writers are done, then to the head. */
    private static Feed.Read follow(String from, AtomicBoolean writing) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = from;
        while (true) {
            boolean done = !writing.get();
            Response r = Feed.page(ADMIN, cursor, 1 + ThreadLocalRandom.current().nextInt(200), 0);
            assertEquals(200, r.statusCode(), r.asString());
            JsonPath json = r.jsonPath();
            List<Map<String, Object>> page = json.getList("items");
            items.addAll(page);
            cursor = json.getString("nextCursor");
            if (done && page.isEmpty()) {
                return new Feed.Read(items, cursor); // read after the last commit, and at the head
            }
        }
    }

    /** A writer: API changes and held-open SQL changes to its case, and changes to the ghost it rolls back. */
    private List<Write> write(CaseRef c, String ghostId) throws Exception {
        List<Write> done = new ArrayList<>();
        String etag = c.etag();
        for (int i = 0; i < WRITES; i++) {
            if (i % 3 == 1) {
                rollBack(ghostId);
            }
            long started = System.nanoTime();
            if (i % 2 == 0) {
                etag = given().header("Authorization", ADMIN).header("If-Match", etag)
                        .contentType("application/merge-patch+json")
                        .body(Map.of("rag", List.of("RED", "AMBER", "GREEN").get(i % 3)))
                        .when().patch("/v1/cases/" + c.id()).then().statusCode(200).extract().header("ETag");
            } else {
                etag = heldOpen(c.id());
            }
            done.add(new Write(c.id(), etag, started, System.nanoTime()));
        }
        return done;
    }

    /** A change whose transaction stays open a few milliseconds after writing its entry; its new ETag. */
    private String heldOpen(String caseId) {
        long version = database.jdbi().inTransaction(h -> {
            long v = h.createQuery("update iom_case set predictor_score = :score, version = version + 1"
                            + " where id = :id returning version")
                    .bind("score", ThreadLocalRandom.current().nextInt(100)).bind("id", UUID.fromString(caseId))
                    .mapTo(Long.class).one();
            pause(ThreadLocalRandom.current().nextInt(30));
            return v;
        });
        return "\"" + version + "\"";
    }

    private void rollBack(String ghostId) {
        database.jdbi().useHandle(h -> {
            h.begin();
            h.createUpdate("update iom_case set rag = 'RED', version = version + 1 where id = :id")
                    .bind("id", UUID.fromString(ghostId)).execute();
            pause(ThreadLocalRandom.current().nextInt(10));
            h.rollback();
        });
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
