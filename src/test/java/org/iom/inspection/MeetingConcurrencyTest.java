package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two members at once on the same recommendation (issue #23): one records the meeting's decisions, the other closes
 * the actions, each with If-Match on the recommendation's ETag and re-reading it on 412, as clients do. Real
 * concurrent HTTP requests; nothing is lost and no entry is recorded twice.
 */
@QuarkusTest
class MeetingConcurrencyTest {

    static final int N = 6;

    @Test
    void decisionsAndActionClosuresAtOnceLoseNothing() throws Exception {
        LocalDate today = LocalDate.of(2050, 3, 1);
        FixedClock.at(today);
        String inspection = Register.createInspection(LocalDate.of(2050, 1, 10));
        Map<String, Object> body = Register.recommendation("1");
        body.put("targetDate", "2051-01-01");
        String r = Register.add(inspection, body);
        Register.move(r, "IN_PROGRESS");
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            actions.add(ActionsTest.addAction(r, ActionsTest.action("Action " + i, "HMPPS", "Lead",
                    LocalDate.of(2050, 6, 1))));
        }
        String meeting = given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("group", Register.unique("Group"), "heldOn", today.toString(),
                        "organisations", List.of("HMPPS"), "inspectionIds", List.of(inspection)))
                .when().post("/v1/oversight/meetings").then().statusCode(201).extract().path("id");
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> retries = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> decisions = pool.submit(member(start, retries, i -> Map.of("type", "DECISION",
                    "meetingId", meeting, "decision", "ACCEPT_CLOSURE", "actionId", actions.get(i),
                    "note", "Decision " + i), r));
            Future<?> closures = pool.submit(member(start, retries, i -> ActionsTest.done(actions.get(i),
                    "Evidence " + i), r));
            start.countDown();
            decisions.get(2, TimeUnit.MINUTES);
            closures.get(2, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> entries = given().header("Authorization", Register.ANALYST)
                .queryParam("limit", 200).when().get("/v1/recommendations/" + r + "/updates").then().statusCode(200)
                .extract().path("items");
        List<String> notes = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            if ("DECISION".equals(e.get("type"))) {
                notes.add((String) e.get("note"));
            } else if ("ACTION_STATUS_CHANGE".equals(e.get("type"))) {
                evidence.add((String) e.get("evidence"));
            }
        }
        Collections.sort(notes);
        Collections.sort(evidence);
        List<String> expectedNotes = new ArrayList<>();
        List<String> expectedEvidence = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            expectedNotes.add("Decision " + i);
            expectedEvidence.add("Evidence " + i);
        }
        assertEquals(expectedNotes, notes);
        assertEquals(expectedEvidence, evidence);
        List<String> statuses = given().header("Authorization", Register.ANALYST)
                .when().get("/v1/recommendations/" + r + "/actions").then().statusCode(200)
                .extract().path("items.status");
        assertEquals(Collections.nCopies(N, "DONE"), statuses);
        Register.post(r, Register.status("IMPLEMENTED", "Every action done")).then().statusCode(201);
    }

    /** Posts entry(i) for i in 0..N-1, each with the ETag just read; on 412 reads again and retries. */
    private static Callable<Void> member(CountDownLatch start, List<Integer> retries,
            java.util.function.IntFunction<Map<String, Object>> entry, String r) {
        return () -> {
            start.await();
            for (int i = 0; i < N; i++) {
                for (int attempt = 0; ; attempt++) {
                    int status = given().header("Authorization", Register.OVERSIGHT)
                            .header("If-Match", Register.etag(r)).contentType(ContentType.JSON).body(entry.apply(i))
                            .when().post("/v1/recommendations/" + r + "/updates").then().extract().statusCode();
                    if (status == 201) {
                        break;
                    }
                    assertEquals(412, status, "only a stale ETag may refuse an entry");
                    retries.add(i);
                    if (attempt > 50) {
                        throw new AssertionError("no progress after 50 retries");
                    }
                }
            }
            return null;
        };
    }
}
