package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.CaseRef;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** DELETE /v1/cases/{id}: erasure of a case's personal data (ADR 0020). */
@QuarkusTest
class ErasureTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static final String AUDITOR = Tokens.bearer(Roles.AUDITOR);

    @Inject EntityManager em;

    static String daysAgo(int n) {
        return LocalDate.now().minusDays(n).toString();
    }

    /** An exited case with a needs assessment and a review with a note; returns the current ETag. */
    static String exitedCaseWithHistory(CaseRef c) {
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Fixtures.needsBody(daysAgo(40))).when().put("/v1/cases/" + c.id() + "/needs")
                .then().statusCode(200);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Fixtures.reviewBody(daysAgo(3), daysAgo(50), daysAgo(4)))
                .when().post("/v1/cases/" + c.id() + "/outcome-reviews").then().statusCode(201);
        return given().header("Authorization", ADMIN).header("If-Match", c.etag()).contentType(ContentType.JSON)
                .body(Map.of("exitedOn", daysAgo(1), "reason", "RISK_REDUCED"))
                .when().post("/v1/cases/" + c.id() + "/exit").then().statusCode(200).extract().header("ETag");
    }

    @Test
    void erasureRemovesPersonalDataKeepsTheAnonymousRowAndLogsErasure() {
        SchemeRef scheme = Fixtures.scheme();
        CaseRef c = Fixtures.caseOn(scheme);
        String etag = exitedCaseWithHistory(c);

        given().header("Authorization", ADMIN).header("If-Match", etag)
                .header("X-Access-Reason", "Erasure request ER-1").header("X-Request-Id", "erase-" + c.id())
                .when().delete("/v1/cases/" + c.id()).then().statusCode(204);

        // Gone for everyone, everywhere.
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id()).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id() + "/needs").then().statusCode(404);
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id() + "/outcome-reviews").then()
                .statusCode(404);
        given().header("Authorization", ADMIN).queryParam("schemeId", scheme.id()).when().get("/v1/cases")
                .then().statusCode(200).body("items.id", not(hasItem(c.id())));
        given().header("Authorization", ADMIN).queryParam("crn", c.crn()).when().get("/v1/cases")
                .then().statusCode(200).body("items.id", not(hasItem(c.id())));
        given().header("Authorization", ADMIN).header("If-Match", "\"5\"").header("X-Access-Reason", "again")
                .when().delete("/v1/cases/" + c.id()).then().statusCode(404);

        // The row stays, anonymised: statistics keep counting it.
        Object[] row = (Object[]) em.createNativeQuery("select crn, pnc_id, police_lead, probation_lead, erased_at, "
                + "status from iom_case where id = cast(:id as uuid)").setParameter("id", c.id()).getSingleResult();
        assertNull(row[0]);
        assertNull(row[1]);
        assertNull(row[2]);
        assertNull(row[3]);
        assertTrue(row[4] != null, "erased_at is set");
        assertEquals("EXITED", row[5]);
        List<?> notes = em.createNativeQuery("select note from outcome_review where case_id = cast(:id as uuid)")
                .setParameter("id", c.id()).getResultList();
        assertEquals(1, notes.size(), "the review's outcome stays");
        assertNull(notes.get(0), "its free-text note is erased");
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from needs_assessment where case_id = "
                + "cast(:id as uuid)").setParameter("id", c.id()).getSingleResult()).longValue());

        // The access log keeps every entry for the case id, ending with the erasure and its reason.
        given().header("Authorization", AUDITOR).queryParam("caseId", c.id()).queryParam("action", "ERASURE")
                .when().get("/v1/audit-events").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].reason", equalTo("Erasure request ER-1"))
                .body("items[0].requestId", equalTo("erase-" + c.id()))
                .body("items[0].schemeId", equalTo(scheme.id()))
                .body("items[0].actor", equalTo("test-" + Roles.ADMIN));
        given().header("Authorization", AUDITOR).queryParam("caseId", c.id()).queryParam("action", "COLLECTION")
                .when().get("/v1/audit-events").then().statusCode(200).body("items.size()", equalTo(1));
        given().header("Authorization", AUDITOR).queryParam("caseId", c.id()).queryParam("limit", 200)
                .when().get("/v1/audit-events").then().statusCode(200)
                .body("items.size()", equalTo(5)) // collection, needs, review, exit, erasure
                .body(not(containsString(c.crn())));
    }

    @Test
    void theCrnCanBeSelectedAgainAfterErasure() {
        SchemeRef scheme = Fixtures.scheme();
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        CaseRef c = Fixtures.caseWith(body);
        String etag = exitedCaseWithHistory(c);
        given().header("Authorization", ADMIN).header("If-Match", etag).header("X-Access-Reason", "ER-2")
                .when().delete("/v1/cases/" + c.id()).then().statusCode(204);
        body.put("selectedOn", daysAgo(0));
        Fixtures.postCase(ADMIN, body).statusCode(201);
    }

    @Test
    void reasonIfMatchAndExitAreRequired() {
        CaseRef c = Fixtures.caseOn(Fixtures.scheme());
        given().header("Authorization", ADMIN).header("If-Match", c.etag())
                .when().delete("/v1/cases/" + c.id()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("X-Access-Reason"));
        given().header("Authorization", ADMIN).header("If-Match", c.etag()).header("X-Access-Reason", "   ")
                .when().delete("/v1/cases/" + c.id()).then().statusCode(400)
                .body("errors.field", hasItem("X-Access-Reason"));
        given().header("Authorization", ADMIN).header("X-Access-Reason", "ER-3")
                .when().delete("/v1/cases/" + c.id()).then().statusCode(428);
        given().header("Authorization", ADMIN).header("If-Match", "\"99\"").header("X-Access-Reason", "ER-3")
                .when().delete("/v1/cases/" + c.id()).then().statusCode(412);
        given().header("Authorization", ADMIN).header("If-Match", c.etag()).header("X-Access-Reason", "ER-3")
                .when().delete("/v1/cases/" + c.id()).then().statusCode(409)
                .body("detail", containsString("exit it"));
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").header("X-Access-Reason", "ER-3")
                .when().delete("/v1/cases/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").header("X-Access-Reason", "ER-3")
                .when().delete("/v1/cases/not-a-uuid").then().statusCode(400); // a malformed id names no case: ADR 0011
        // Nothing changed and nothing was logged as erasure.
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id()).then().statusCode(200)
                .body("crn", equalTo(c.crn()));
        given().header("Authorization", AUDITOR).queryParam("caseId", c.id()).queryParam("action", "ERASURE")
                .when().get("/v1/audit-events").then().statusCode(200).body("items.size()", equalTo(0));
    }
}
