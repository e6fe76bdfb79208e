package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.CaseRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** Retention review of exited cases (ADR 0036): review dates, the due list, decisions and their bad input. */
@QuarkusTest
class RetentionReviewTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static final String AUDITOR = Tokens.bearer(Roles.AUDITOR);

    @Inject EntityManager em;

    /** A new exited case (exited yesterday); returns its id. */
    static String exitedCase() {
        CaseRef c = Fixtures.caseOn(Fixtures.scheme());
        given().header("Authorization", ADMIN).header("If-Match", c.etag()).contentType(ContentType.JSON)
                .body(Map.of("exitedOn", LocalDate.now().minusDays(1).toString(), "reason", "RISK_REDUCED"))
                .when().post("/v1/cases/" + c.id() + "/exit").then().statusCode(200);
        return c.id();
    }

    /** Makes the case's review fall on {@code on} (as if its exit were six years before), in the database. */
    void reviewOn(String caseId, LocalDate on) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update iom_case set retention_review_on = :on where id = cast(:id as uuid)")
                .setParameter("on", on).setParameter("id", caseId).executeUpdate());
    }

    long count(String sql, String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("id", caseId).getSingleResult()).longValue());
    }

    static io.restassured.response.ValidatableResponse decide(String caseId, Object body) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/v1/cases/" + caseId + "/retention-reviews").then();
    }

    @Test
    void anExitSetsTheReviewDateSixYearsAfterTheExit() {
        CaseRef active = Fixtures.caseOn(Fixtures.scheme());
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + active.id()).then().statusCode(200)
                .body("retentionReviewOn", nullValue());
        String id = exitedCase();
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + id).then().statusCode(200)
                .body("retentionReviewOn", equalTo(LocalDate.now().minusDays(1).plusYears(6).toString()));
    }

    @Test
    void theDueListShowsExitedCasesDueInReviewDateOrderPaged() {
        String first = exitedCase();
        String second = exitedCase();
        String notDue = exitedCase();
        reviewOn(first, LocalDate.of(1990, 1, 1));
        reviewOn(second, LocalDate.of(1990, 1, 2));
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().header("Authorization", ADMIN).queryParam("limit", 1)
                    .queryParam("before", "1990-01-03").queryParam("cursor", cursor == null ? "" : cursor)
                    .when().get("/v1/retention/due").then().statusCode(200).extract();
            ids.addAll(page.path("items.caseId"));
            cursor = page.path("nextCursor");
            if (cursor != null) {
                assertNotNull(page.header("Link"), "a next page has a Link header");
            }
        } while (cursor != null);
        assertEquals(first, ids.get(ids.indexOf(first)));
        assertEquals(ids.indexOf(first) + 1, ids.indexOf(second), "by review date: " + ids);
        given().header("Authorization", ADMIN).queryParam("limit", 200).when().get("/v1/retention/due").then()
                .statusCode(200).body("items.caseId", hasItem(first)).body("items.caseId", not(hasItem(notDue)));
        given().header("Authorization", ADMIN).queryParam("before", "1990-01-02").when().get("/v1/retention/due")
                .then().statusCode(200).body("items.caseId", hasItem(first)).body("items.caseId", not(hasItem(second)))
                .body("items.find { it.caseId == '" + first + "' }.lastDecision", nullValue())
                .body("items.find { it.caseId == '" + first + "' }.crn", notNullValue());
        given().header("Authorization", AUDITOR).queryParam("caseId", first).queryParam("action", "CONSULTATION")
                .when().get("/v1/audit-events").then().statusCode(200).body("items.size()", org.hamcrest.Matchers
                        .greaterThanOrEqualTo(1));
    }

    @Test
    void retainMovesTheReviewAndErasesNothing() {
        String id = exitedCase();
        reviewOn(id, LocalDate.now().minusDays(3));
        String next = LocalDate.now().plusYears(2).toString();
        decide(id, Map.of("decision", "RETAIN", "reason", "Pending civil claim", "nextReviewOn", next))
                .statusCode(201).body("decision", equalTo("RETAIN")).body("nextReviewOn", equalTo(next))
                .body("dueOn", equalTo(LocalDate.now().minusDays(3).toString()))
                .body("recordedBy", equalTo("test-" + Roles.ADMIN));
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("retentionReviewOn", equalTo(next));
        given().header("Authorization", ADMIN).queryParam("limit", 200).when().get("/v1/retention/due").then()
                .statusCode(200).body("items.caseId", not(hasItem(id)));
        // Not due any more: a second decision is a 409, nothing recorded.
        decide(id, Map.of("decision", "ERASE", "reason", "changed mind")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("not due"));
        assertEquals(1, count("select count(*) from retention_review where case_id = cast(:id as uuid)", id));
        assertEquals(1, count("select count(*) from audit_event where case_id = cast(:id as uuid) "
                + "and action = 'ALTERATION'", id) - 1, "the exit and the decision are alterations");
    }

    @Test
    void eraseIsRecordedAndShownInTheDueList() {
        String id = exitedCase();
        reviewOn(id, LocalDate.now());
        decide(id, Map.of("decision", "ERASE", "reason", "No further policing purpose")).statusCode(201)
                .body("decision", equalTo("ERASE")).body("nextReviewOn", nullValue());
        given().header("Authorization", ADMIN).queryParam("limit", 200).when().get("/v1/retention/due").then()
                .statusCode(200).body("items.find { it.caseId == '" + id + "' }.lastDecision", equalTo("ERASE"));
    }

    @Test
    void badDecisionsAreProblemsAndChangeNothing() {
        String id = exitedCase();
        LocalDate due = LocalDate.now().minusDays(1);
        reviewOn(id, due);
        String next = LocalDate.now().plusYears(1).toString();
        decide(id, Map.of("decision", "RETAIN", "nextReviewOn", next)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        decide(id, Map.of("decision", "ERASE", "reason", "  ")).statusCode(400).body("errors.field", hasItem("reason"));
        decide(id, Map.of("decision", "RETAIN", "reason", "why")).statusCode(400)
                .body("errors.field", hasItem("nextReviewOn"));
        decide(id, Map.of("decision", "RETAIN", "reason", "why", "nextReviewOn", LocalDate.now().toString()))
                .statusCode(400).body("errors.field", hasItem("nextReviewOn"));
        decide(id, Map.of("decision", "RETAIN", "reason", "why", "nextReviewOn", "2030-02-30")).statusCode(400)
                .contentType("application/problem+json");
        decide(id, Map.of("decision", "ERASE", "reason", "why", "nextReviewOn", next)).statusCode(400)
                .body("errors.field", hasItem("nextReviewOn"));
        decide(id, Map.of("decision", "KEEP", "reason", "why")).statusCode(400).contentType("application/problem+json");
        decide(java.util.UUID.randomUUID().toString(), Map.of("decision", "ERASE", "reason", "why")).statusCode(404)
                .contentType("application/problem+json");
        CaseRef active = Fixtures.caseOn(Fixtures.scheme());
        decide(active.id(), Map.of("decision", "ERASE", "reason", "why")).statusCode(409)
                .body("detail", containsString("ACTIVE"));
        String notDue = exitedCase();
        decide(notDue, Map.of("decision", "ERASE", "reason", "why")).statusCode(409)
                .body("detail", containsString("not due for retention review until"));
        given().header("Authorization", ADMIN).queryParam("before", "2030-13-01").when().get("/v1/retention/due")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("before"));
        given().header("Authorization", ADMIN).queryParam("cursor", "bogus").when().get("/v1/retention/due")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().header("Authorization", ADMIN).queryParam("limit", 201).when().get("/v1/retention/due")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        // Nothing changed: no decision recorded, the review date as it was, no alteration beyond the exit.
        assertEquals(0, count("select count(*) from retention_review where case_id = cast(:id as uuid)", id));
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + id).then().statusCode(200)
                .body("retentionReviewOn", equalTo(due.toString()));
        assertEquals(1, count("select count(*) from audit_event where case_id = cast(:id as uuid) "
                + "and action = 'ALTERATION'", id));
    }
}
