package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.CaseRef;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** GET /v1/subject-access (DPA 2018 s45, ADR 0036): everything held about one person, itself logged. */
@QuarkusTest
class SubjectAccessTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static final String AUDITOR = Tokens.bearer(Roles.AUDITOR);

    @Inject EntityManager em;

    long disclosures(String actorLike) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where action = 'DISCLOSURE' and actor like :a")
                .setParameter("a", actorLike).getSingleResult()).longValue());
    }

    @Test
    void answersEveryCaseOfThePersonWithItsRecordsAndTheAccessLogAndLogsTheDisclosure() {
        SchemeRef a = Fixtures.scheme();
        SchemeRef b = Fixtures.scheme();
        Map<String, Object> body = Fixtures.caseBody(a.id());
        CaseRef first = Fixtures.caseWith(body);
        String etag = ErasureTest.exitedCaseWithHistory(first);
        body.put("schemeId", b.id());
        CaseRef second = Fixtures.caseWith(body);
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + second.id()).then().statusCode(200);
        Fixtures.caseOn(a); // somebody else

        given().header("Authorization", AUDITOR).header("X-Access-Reason", "SAR-2026-7")
                .queryParam("crn", first.crn()).when().get("/v1/subject-access").then().statusCode(200)
                .body("crn", equalTo(first.crn()))
                .body("cases.size()", equalTo(2))
                .body("cases.case.id", hasItems(first.id(), second.id()))
                .body("cases.find { it.case.id == '" + first.id() + "' }.case.status", equalTo("EXITED"))
                .body("cases.find { it.case.id == '" + first.id() + "' }.needsAssessments.size()", equalTo(1))
                .body("cases.find { it.case.id == '" + first.id() + "' }.outcomeReviews[0].note",
                        equalTo("Engaging well."))
                .body("cases.find { it.case.id == '" + second.id() + "' }.retentionReviews.size()", equalTo(0))
                .body("cases.find { it.case.id == '" + first.id() + "' }.history.operation",
                        hasItems("SELECTED", "NEEDS_ASSESSED", "EXITED"))
                .body("cases.find { it.case.id == '" + second.id() + "' }.history.operation", equalTo(
                        java.util.List.of("SELECTED")))
                .body("accessLog.caseId", hasItems(first.id(), second.id()))
                .body("accessLog.action", hasItems("COLLECTION", "ALTERATION", "CONSULTATION"))
                .body("accessLogTruncated", equalTo(false));
        // The answer is a disclosure of each case to the data subject, with the auditor's reason.
        given().header("Authorization", AUDITOR).queryParam("caseId", first.id()).queryParam("action", "DISCLOSURE")
                .when().get("/v1/audit-events").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].recipient", equalTo(SubjectAccessService.RECIPIENT))
                .body("items[0].reason", equalTo("SAR-2026-7"))
                .body("items[0].actor", equalTo("test-" + Roles.AUDITOR));
        given().header("Authorization", AUDITOR).queryParam("caseId", second.id()).queryParam("action", "DISCLOSURE")
                .when().get("/v1/audit-events").then().statusCode(200).body("items.size()", equalTo(1));
        // An erased case holds no CRN any more: it is not in the answer.
        given().header("Authorization", ADMIN).header("If-Match", etag).header("X-Access-Reason", "ER-9")
                .when().delete("/v1/cases/" + first.id()).then().statusCode(204);
        given().header("Authorization", AUDITOR).queryParam("crn", first.crn()).when().get("/v1/subject-access")
                .then().statusCode(200).body("cases.case.id", equalTo(java.util.List.of(second.id())));
    }

    @Test
    void anUnknownOrMalformedCrnIsAProblemAndLogsNothing() {
        long before = disclosures("test-" + Roles.AUDITOR);
        given().header("Authorization", AUDITOR).queryParam("crn", "Q000000").when().get("/v1/subject-access")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Q000000"));
        given().header("Authorization", AUDITOR).queryParam("crn", "12345").when().get("/v1/subject-access")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("crn"));
        given().header("Authorization", AUDITOR).when().get("/v1/subject-access")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("crn"));
        assertEquals(before, disclosures("test-" + Roles.AUDITOR));
    }

    @Test
    void onlyAuditorsMayAsk() {
        CaseRef c = Fixtures.caseOn(Fixtures.scheme());
        for (String role : new String[] {Roles.ADMIN, Roles.PRACTITIONER, Roles.ANALYST, Roles.OVERSIGHT}) {
            given().header("Authorization", Tokens.bearer(role)).queryParam("crn", c.crn())
                    .when().get("/v1/subject-access").then().statusCode(403);
        }
    }
}
