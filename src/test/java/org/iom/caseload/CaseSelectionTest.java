package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** POST /v1/cases: every validation rule names its field; one active case per person per scheme; re-selection. */
@QuarkusTest
class CaseSelectionTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    @Test
    void selectsAPersonOntoAScheme() {
        var scheme = Fixtures.scheme();
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        var created = Fixtures.postCase(ADMIN, body)
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("schemeId", equalTo(scheme.id()))
                .body("schemeCode", equalTo(scheme.code()))
                .body("crn", equalTo(body.get("crn")))
                .body("pncId", equalTo("2012/0123456Y"))
                .body("cohort", equalTo("FIXED"))
                .body("selectedOn", equalTo(body.get("selectedOn")))
                .body("selectionReason", equalTo("BURGLARY"))
                .body("riskOfSeriousHarm", equalTo("HIGH"))
                .body("predictorScore", equalTo(72))
                .body("leadAgency", equalTo("JOINT"))
                .body("policeLead", equalTo("PC 1234 Patel"))
                .body("probationLead", equalTo("J. Okafor"))
                .body("rag", equalTo("AMBER"))
                .body("nextReviewOn", equalTo(body.get("nextReviewOn")))
                .body("reviewOverdue", equalTo(false))
                .body("status", equalTo("ACTIVE"))
                .body("exitedOn", nullValue())
                .body("exitReason", nullValue())
                .extract();
        String id = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/v1/cases/" + id));
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("crn", equalTo(body.get("crn")));
        // Read back by the JDBC row mapping (GET case and the list), every field is what the write answered: dates,
        // the times to the microsecond, the score, the enums.
        Map<String, Object> written = created.jsonPath().getMap("");
        org.junit.jupiter.api.Assertions.assertEquals(written, given().header("Authorization", ADMIN)
                .when().get("/v1/cases/" + id).then().statusCode(200).extract().jsonPath().getMap(""));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(written), given().header("Authorization", ADMIN)
                .queryParam("schemeId", scheme.id()).when().get("/v1/cases")
                .then().statusCode(200).extract().jsonPath().getList("items"));
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        var scheme = Fixtures.scheme();
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        for (String optional : List.of("pncId", "predictorScore", "policeLead", "probationLead", "nextReviewOn")) {
            body.remove(optional);
        }
        Fixtures.postCase(ADMIN, body).statusCode(201)
                .body("pncId", nullValue()).body("predictorScore", nullValue()).body("nextReviewOn", nullValue());
    }

    @Test
    void everyFieldIsValidatedAndNamed() {
        var scheme = Fixtures.scheme();
        String today = LocalDate.now(org.iom.common.AppClock.UK).toString();
        String tomorrow = LocalDate.now(org.iom.common.AppClock.UK).plusDays(1).toString();
        assertInvalid(scheme.id(), Map.of("crn", "X12345"), "crn");
        assertInvalid(scheme.id(), Map.of("crn", "x123456"), "crn");
        assertInvalid(scheme.id(), Map.of("crn", "XX23456"), "crn");
        assertInvalid(scheme.id(), Map.of("crn", "X1234567"), "crn");
        assertInvalid(scheme.id(), Map.of("pncId", "2012/0123456Z"), "pncId"); // wrong check letter (Y is right)
        assertInvalid(scheme.id(), Map.of("pncId", "12/0123456Y"), "pncId");
        assertInvalid(scheme.id(), Map.of("pncId", "2012/123456Y"), "pncId");
        assertInvalid(scheme.id(), Map.of("pncId", "2012-0123456Y"), "pncId");
        assertInvalid(scheme.id(), Map.of("cohort", "FREE"), "cohort"); // not run by the scheme
        assertInvalid(scheme.id(), Map.of("cohort", "SOMETIMES"), "cohort");
        assertInvalid(scheme.id(), Map.of("selectedOn", tomorrow), "selectedOn");
        assertInvalid(scheme.id(), Map.of("selectedOn", "2021-03-31"), "selectedOn"); // before the scheme launched
        assertInvalid(scheme.id(), Map.of("selectedOn", "yesterday"), "selectedOn");
        assertInvalid(scheme.id(), Map.of("selectionReason", "SHOPLIFTING"), "selectionReason");
        assertInvalid(scheme.id(), Map.of("riskOfSeriousHarm", "EXTREME"), "riskOfSeriousHarm");
        assertInvalid(scheme.id(), Map.of("predictorScore", 100), "predictorScore");
        assertInvalid(scheme.id(), Map.of("predictorScore", -1), "predictorScore");
        assertInvalid(scheme.id(), Map.of("predictorScore", "high"), "predictorScore");
        assertInvalid(scheme.id(), Map.of("leadAgency", "COUNCIL"), "leadAgency");
        assertInvalid(scheme.id(), Map.of("policeLead", "x".repeat(201)), "policeLead");
        assertInvalid(scheme.id(), Map.of("probationLead", "  "), "probationLead");
        assertInvalid(scheme.id(), Map.of("rag", "BLUE"), "rag");
        assertInvalid(scheme.id(), Map.of("selectedOn", today, "nextReviewOn", "2020-01-01"), "nextReviewOn");
        assertInvalid(scheme.id(), Map.of("schemeId", UUID.randomUUID().toString()), "schemeId");
        assertInvalid(scheme.id(), Map.of("schemeId", "not-a-uuid"), "schemeId");
        assertInvalid(scheme.id(), Map.of("status", "EXITED"), "status");
        for (String required : List.of("schemeId", "crn", "cohort", "selectedOn", "selectionReason",
                "riskOfSeriousHarm", "leadAgency", "rag")) {
            Map<String, Object> body = Fixtures.caseBody(scheme.id());
            body.remove(required);
            Fixtures.postCase(ADMIN, body).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(required));
        }
    }

    @Test
    void aPncIdWithTheRightCheckLetterIsAccepted() {
        var scheme = Fixtures.scheme();
        for (String pnc : List.of("2012/0123456Y", "1999/0000001G", "2020/1234567" + Pnc.checkLetter("2020", "1234567"))) {
            Map<String, Object> body = Fixtures.caseBody(scheme.id());
            body.put("pncId", pnc);
            Fixtures.postCase(ADMIN, body).statusCode(201).body("pncId", equalTo(pnc));
        }
    }

    private static void assertInvalid(String schemeId, Map<String, Object> change, String field) {
        Map<String, Object> body = Fixtures.caseBody(schemeId);
        body.putAll(change);
        Fixtures.postCase(ADMIN, body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void onePersonHasAtMostOneActiveCasePerScheme() {
        var scheme = Fixtures.scheme();
        var other = Fixtures.scheme();
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        var first = Fixtures.caseWith(body);
        Map<String, Object> again = new HashMap<>(body);
        again.put("rag", "RED");
        Fixtures.postCase(ADMIN, again).statusCode(409).contentType("application/problem+json")
                .body("conflictingId", equalTo(first.id()))
                .body("detail", containsString(first.id()));
        // The same person may be on another scheme at the same time.
        Map<String, Object> elsewhere = new HashMap<>(body);
        elsewhere.put("schemeId", other.id());
        Fixtures.postCase(ADMIN, elsewhere).statusCode(201);
    }

    @Test
    void aPersonMayBeSelectedAgainAfterAnExitButNotBeforeIt() {
        var scheme = Fixtures.scheme();
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        body.put("selectedOn", LocalDate.now().minusDays(100).toString());
        body.put("nextReviewOn", null);
        var first = Fixtures.caseWith(body);
        String exitedOn = LocalDate.now().minusDays(40).toString();
        given().header("Authorization", ADMIN).header("If-Match", first.etag()).contentType(ContentType.JSON)
                .body(Map.of("exitedOn", exitedOn, "reason", "CUSTODY"))
                .when().post("/v1/cases/" + first.id() + "/exit").then().statusCode(200);
        Map<String, Object> overlapping = new HashMap<>(body);
        overlapping.put("selectedOn", LocalDate.now().minusDays(50).toString());
        Fixtures.postCase(ADMIN, overlapping).statusCode(400).body("errors.field", contains("selectedOn"));
        Map<String, Object> again = new HashMap<>(body);
        again.put("selectedOn", LocalDate.now().minusDays(10).toString());
        String second = Fixtures.postCase(ADMIN, again).statusCode(201)
                .body("id", not(equalTo(first.id()))).body("status", equalTo("ACTIVE")).extract().path("id");
        given().header("Authorization", ADMIN).queryParam("crn", body.get("crn")).queryParam("schemeId", scheme.id())
                .when().get("/v1/cases")
                .then().statusCode(200).body("items.id", contains(first.id(), second))
                .body("items.status", contains("EXITED", "ACTIVE"));
    }

    @Test
    void aClosedSchemeTakesNoSelections() {
        Map<String, Object> schemeBody = Fixtures.schemeBody(Fixtures.uniqueCode());
        schemeBody.put("status", "CLOSED");
        var closed = Fixtures.scheme(schemeBody);
        Fixtures.postCase(ADMIN, Fixtures.caseBody(closed.id())).statusCode(409)
                .body("detail", containsString("CLOSED"));
    }

    @Test
    void practitionersSelectOnlyOntoTheirOwnSchemes() {
        var mine = Fixtures.scheme();
        var theirs = Fixtures.scheme();
        String practitioner = Tokens.bearer(Roles.PRACTITIONER, mine.code());
        Fixtures.postCase(practitioner, Fixtures.caseBody(mine.id())).statusCode(201);
        Fixtures.postCase(practitioner, Fixtures.caseBody(theirs.id())).statusCode(403)
                .contentType("application/problem+json");
        for (String role : List.of(Roles.ANALYST, Roles.INSPECTOR, Roles.AUDITOR, Roles.OVERSIGHT)) {
            Fixtures.postCase(Tokens.bearer(role), Fixtures.caseBody(mine.id())).statusCode(403);
        }
    }

    @Test
    void idempotentSelectionReplaysAndRejectsAnotherBody() {
        var scheme = Fixtures.scheme();
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        String key = "select-" + UUID.randomUUID();
        var first = given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/v1/cases").then().statusCode(201).extract();
        given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/v1/cases")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo(first.path("id")));
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("rag", "GREEN");
        given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(changed).when().post("/v1/cases")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        // Exactly one case was created.
        given().header("Authorization", ADMIN).queryParam("crn", body.get("crn")).queryParam("schemeId", scheme.id())
                .when().get("/v1/cases").then().statusCode(200).body("items.id", contains((String) first.path("id")));
        given().header("Authorization", ADMIN).header("Idempotency-Key", "bad key with spaces")
                .contentType(ContentType.JSON).body(Fixtures.caseBody(scheme.id()))
                .when().post("/v1/cases").then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
    }
}
