package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** Bulk erasure of reviewed cases as a job (ADR 0036): progress, per-case failures, the access log, two workers. */
@QuarkusTest
class ErasureJobTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static final String AUDITOR = Tokens.bearer(Roles.AUDITOR);

    @Inject EntityManager em;
    @Inject ErasureJobRunner runner;

    /** An exited case due for review today whose review decided {@code decision}. */
    String reviewed(String decision) {
        String id = RetentionReviewTest.exitedCase();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update iom_case set retention_review_on = current_date - 1 where id = cast(:id as uuid)")
                .setParameter("id", id).executeUpdate());
        Map<String, Object> body = "RETAIN".equals(decision)
                ? Map.of("decision", decision, "reason", "keep", "nextReviewOn", LocalDate.now().plusYears(1).toString())
                : Map.of("decision", decision, "reason", "no further purpose");
        RetentionReviewTest.decide(id, body).statusCode(201);
        return id;
    }

    static ExtractableResponse<Response> start(List<String> caseIds, String requestId) {
        return given().header("Authorization", ADMIN).header("X-Access-Reason", "Retention review RR-1")
                .header("X-Request-Id", requestId).contentType(ContentType.JSON).body(Map.of("caseIds", caseIds))
                .when().post("/v1/retention/erasures").then().statusCode(202)
                .header("Location", containsString("/v1/retention/erasures/")).extract();
    }

    /** The job once FINISHED (runs the pending cases here too, so the test never waits for the schedule). */
    ExtractableResponse<Response> finished(String jobId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            runner.runAll();
            ExtractableResponse<Response> job = given().header("Authorization", ADMIN)
                    .when().get("/v1/retention/erasures/" + jobId).then().statusCode(200).extract();
            if ("FINISHED".equals(job.path("status"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish");
    }

    long count(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("id", id.toString()).getSingleResult()).longValue());
    }

    @Test
    void erasesTheCasesDecidedEraseAndReportsEachFailureAlone() throws Exception {
        String erase1 = reviewed("ERASE");
        String retained = reviewed("RETAIN");
        String erase2 = reviewed("ERASE");
        String unknown = UUID.randomUUID().toString();
        String requestId = "bulk-" + UUID.randomUUID();
        ExtractableResponse<Response> started = start(List.of(erase1, retained, unknown, erase2), requestId);
        assertEquals(4, (int) started.path("total"));
        String jobId = started.path("id");

        ExtractableResponse<Response> job = finished(jobId);
        assertEquals(4, (int) job.path("done"));
        assertEquals(2, (int) job.path("erased"));
        assertEquals(2, (int) job.path("failed"));
        assertEquals(List.of(retained, unknown), job.path("failures.caseId"));
        assertTrue(job.<String>path("failures[0].detail").contains("decided RETAIN"), job.asString());
        assertTrue(job.<String>path("failures[1].detail").contains("not found"), job.asString());

        for (String id : List.of(erase1, erase2)) {
            given().header("Authorization", ADMIN).when().get("/v1/cases/" + id).then().statusCode(404);
            given().header("Authorization", AUDITOR).queryParam("caseId", id).queryParam("action", "ERASURE")
                    .when().get("/v1/audit-events").then().statusCode(200).body("items.size()", equalTo(1))
                    .body("items[0].actor", equalTo("test-" + Roles.ADMIN))
                    .body("items[0].reason", equalTo("Retention review RR-1"))
                    .body("items[0].requestId", equalTo(requestId));
            assertEquals(0, count("select count(*) from retention_review where case_id = cast(:id as uuid) "
                    + "and reason is not null", id), "erasure removes the decision's reason");
        }
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + retained).then().statusCode(200)
                .body("status", equalTo("EXITED"));
        assertEquals(0, count("select count(*) from audit_event where case_id = cast(:id as uuid) "
                + "and action = 'ERASURE'", retained));
    }

    @Test
    void twoWorkersEraseEachCaseOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(reviewed("ERASE"));
        }
        String jobId = start(ids, "two-" + UUID.randomUUID()).path("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> worker = runner::runAll;
            List<Future<Integer>> runs = pool.invokeAll(List.of(worker, worker));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        ExtractableResponse<Response> job = finished(jobId);
        assertEquals(8, (int) job.path("erased"), job.asString());
        assertEquals(0, (int) job.path("failed"), job.asString());
        for (String id : ids) {
            assertEquals(1, count("select count(*) from audit_event where case_id = cast(:id as uuid) "
                    + "and action = 'ERASURE'", id), "one erasure of " + id);
        }
    }

    @Test
    void badRequestsAreProblemsAndStartNothing() {
        String id = reviewed("ERASE");
        long jobs = count("select count(*) from erasure_job where cast(:id as text) is not null", id);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(Map.of("caseIds", List.of(id)))
                .when().post("/v1/retention/erasures").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("X-Access-Reason"));
        given().header("Authorization", ADMIN).header("X-Access-Reason", "RR").contentType(ContentType.JSON)
                .body(Map.of("caseIds", List.of(id, id))).when().post("/v1/retention/erasures").then().statusCode(400)
                .body("errors.field", hasItem("caseIds"));
        given().header("Authorization", ADMIN).header("X-Access-Reason", "RR").contentType(ContentType.JSON)
                .body(Map.of("caseIds", List.of())).when().post("/v1/retention/erasures").then().statusCode(400)
                .body("errors.field", hasItem("caseIds"));
        given().header("Authorization", ADMIN).header("X-Access-Reason", "RR").contentType(ContentType.JSON)
                .body(Map.of("caseIds", List.of("not-a-uuid"))).when().post("/v1/retention/erasures").then()
                .statusCode(400).contentType("application/problem+json");
        given().header("Authorization", ADMIN).when().get("/v1/retention/erasures/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ADMIN).when().get("/v1/retention/erasures/nope").then().statusCode(400)
                .body("errors.field", hasItem(endsWith("jobId")));
        assertEquals(jobs, count("select count(*) from erasure_job where cast(:id as text) is not null", id));
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + id).then().statusCode(200);
    }
}
