package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** PATCH (merge patch, If-Match) and exit: the rules, and that an exited case is read-only except for reviews. */
@QuarkusTest
class CaseLifecycleTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    static io.restassured.response.ValidatableResponse patch(String id, String ifMatch, String json) {
        var spec = given().header("Authorization", ADMIN).contentType("application/merge-patch+json").body(json);
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.when().patch("/v1/cases/" + id).then();
    }

    static io.restassured.response.ValidatableResponse exit(String id, String ifMatch, Object body) {
        var spec = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.when().post("/v1/cases/" + id + "/exit").then();
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndNullClearsOptionalOnes() {
        var c = Fixtures.caseOn(Fixtures.scheme());
        patch(c.id(), "\"0\"", "{\"rag\":\"RED\",\"policeLead\":null,\"predictorScore\":null,\"pncId\":null}")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("rag", equalTo("RED"))
                .body("policeLead", nullValue())
                .body("predictorScore", nullValue())
                .body("pncId", nullValue())
                .body("probationLead", equalTo("J. Okafor"))
                .body("riskOfSeriousHarm", equalTo("HIGH"))
                .body("crn", equalTo(c.crn()));
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id())
                .then().statusCode(200).header("ETag", "\"1\"").body("rag", equalTo("RED")).body("policeLead", nullValue());
        // application/json is accepted too.
        given().header("Authorization", ADMIN).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("cohort", "FLEX", "selectionReason", "DOMESTIC_ABUSE"))
                .when().patch("/v1/cases/" + c.id())
                .then().statusCode(200).header("ETag", "\"2\"").body("cohort", equalTo("FLEX"));
        // Changing nothing keeps the version.
        patch(c.id(), "\"2\"", "{\"rag\":\"RED\"}").statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void patchNeedsIfMatch() {
        var c = Fixtures.caseOn(Fixtures.scheme());
        patch(c.id(), null, "{\"rag\":\"RED\"}").statusCode(428).contentType("application/problem+json")
                .body("errors.field", contains("If-Match"));
        patch(c.id(), "\"5\"", "{\"rag\":\"RED\"}").statusCode(412).contentType("application/problem+json");
        // "*" would overwrite whatever is there now: refused as not the precondition this API needs (nothing applied:
        // the next PATCH with "0" still succeeds).
        patch(c.id(), "*", "{\"rag\":\"RED\"}").statusCode(428).body("errors.field", contains("If-Match"));
        patch(c.id(), "\"0\"", "{\"rag\":\"RED\"}").statusCode(200);
        patch(c.id(), "\"0\"", "{\"rag\":\"GREEN\"}").statusCode(412); // lost update prevented
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id())
                .then().body("rag", equalTo("RED"));
    }

    @Test
    void patchRejectsImmutableUnknownAndInvalidFieldsByName() {
        var scheme = Fixtures.scheme();
        var c = Fixtures.caseOn(scheme);
        patch(c.id(), "\"0\"", "{\"id\":\"" + UUID.randomUUID() + "\",\"schemeId\":\"" + scheme.id()
                + "\",\"crn\":\"A000001\",\"status\":\"EXITED\",\"exitedOn\":\"2026-01-01\",\"exitReason\":\"OTHER\"}")
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("id", "schemeId", "crn", "status", "exitedOn", "exitReason"));
        patch(c.id(), "\"0\"", "{\"favouriteColour\":\"red\"}").statusCode(400)
                .body("errors.field", contains("favouriteColour"));
        patch(c.id(), "\"0\"", "{\"rag\":null}").statusCode(400).body("errors.field", contains("rag"));
        patch(c.id(), "\"0\"", "{\"rag\":\"BLUE\"}").statusCode(400).body("errors.field", contains("rag"));
        patch(c.id(), "\"0\"", "{\"predictorScore\":150}").statusCode(400).body("errors.field", contains("predictorScore"));
        patch(c.id(), "\"0\"", "{\"pncId\":\"2012/0123456A\"}").statusCode(400).body("errors.field", contains("pncId"));
        patch(c.id(), "\"0\"", "{\"cohort\":\"FREE\"}").statusCode(400).body("errors.field", contains("cohort"));
        patch(c.id(), "\"0\"", "{\"selectedOn\":\"" + LocalDate.now(AppClock.UK).plusDays(2) + "\"}").statusCode(400)
                .body("errors.field", hasItem("selectedOn"));
        patch(c.id(), "\"0\"", "{\"nextReviewOn\":\"2000-01-01\"}").statusCode(400)
                .body("errors.field", contains("nextReviewOn"));
        patch(c.id(), "\"0\"", "{\"selectedOn\":\"not a date\"}").statusCode(400)
                .body("errors.field", contains("selectedOn"));
        patch(c.id(), "\"0\"", "[]").statusCode(400);
        patch(c.id(), "\"0\"", "{broken").statusCode(400);
        // Nothing changed.
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id())
                .then().statusCode(200).header("ETag", "\"0\"").body("rag", equalTo("AMBER"));
        patch(UUID.randomUUID().toString(), "\"0\"", "{\"rag\":\"RED\"}").statusCode(404);
    }

    @Test
    void exitRules() {
        var scheme = Fixtures.scheme();
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        body.put("selectedOn", LocalDate.now(AppClock.UK).minusDays(30).toString());
        var c = Fixtures.caseWith(body);
        String today = LocalDate.now(AppClock.UK).toString();
        exit(c.id(), null, Map.of("exitedOn", today, "reason", "CUSTODY")).statusCode(428);
        exit(c.id(), "\"9\"", Map.of("exitedOn", today, "reason", "CUSTODY")).statusCode(412);
        exit(c.id(), "\"0\"", Map.of("exitedOn", LocalDate.now(AppClock.UK).minusDays(31).toString(), "reason", "CUSTODY"))
                .statusCode(400).body("errors.field", contains("exitedOn"));
        exit(c.id(), "\"0\"", Map.of("exitedOn", LocalDate.now(AppClock.UK).plusDays(1).toString(), "reason", "CUSTODY"))
                .statusCode(400).body("errors.field", contains("exitedOn"));
        exit(c.id(), "\"0\"", Map.of("exitedOn", today, "reason", "BORED")).statusCode(400)
                .body("errors.field", contains("reason"));
        exit(c.id(), "\"0\"", Map.of("reason", "CUSTODY")).statusCode(400).body("errors.field", contains("exitedOn"));
        exit(c.id(), "\"0\"", Map.of("exitedOn", today)).statusCode(400).body("errors.field", contains("reason"));
        // The selection day itself is a valid exit day.
        exit(c.id(), "\"0\"", Map.of("exitedOn", body.get("selectedOn"), "reason", "MOVED_AWAY"))
                .statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("EXITED"))
                .body("exitedOn", equalTo(body.get("selectedOn")))
                .body("exitReason", equalTo("MOVED_AWAY"))
                .body("reviewOverdue", equalTo(false));
        exit(c.id(), "\"1\"", Map.of("exitedOn", today, "reason", "CUSTODY")).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anExitedCaseIsReadOnlyExceptForOutcomeReviews() {
        var scheme = Fixtures.scheme();
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        var c = Fixtures.caseWith(body);
        String today = LocalDate.now(AppClock.UK).toString();
        exit(c.id(), "\"0\"", Map.of("exitedOn", today, "reason", "RISK_REDUCED")).statusCode(200);
        patch(c.id(), "\"1\"", "{\"rag\":\"GREEN\"}").statusCode(409).contentType("application/problem+json");
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Fixtures.needsBody(today))
                .when().put("/v1/cases/" + c.id() + "/needs")
                .then().statusCode(409);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("reviewedOn", today, "periodFrom", body.get("selectedOn"), "periodTo", today,
                        "frequency", "REDUCED", "seriousness", "REDUCED", "provenReoffending", false))
                .when().post("/v1/cases/" + c.id() + "/outcome-reviews")
                .then().statusCode(201);
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id())
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("EXITED"));
    }

    @Test
    void idempotentExitReplays() {
        var c = Fixtures.caseOn(Fixtures.scheme());
        String key = UUID.randomUUID().toString();
        String today = LocalDate.now(AppClock.UK).toString();
        Map<String, Object> body = Map.of("exitedOn", today, "reason", "CUSTODY");
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/v1/cases/" + c.id() + "/exit").then().statusCode(200).header("ETag", "\"1\"");
        // A lost answer retried with the same key is replayed, not a 409 or 412.
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/v1/cases/" + c.id() + "/exit")
                .then().statusCode(200).header("Idempotent-Replayed", "true").header("ETag", "\"1\"")
                .body("status", equalTo("EXITED"));
        given().header("Authorization", ADMIN).header("If-Match", "\"1\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("exitedOn", today, "reason", "DECEASED"))
                .when().post("/v1/cases/" + c.id() + "/exit").then().statusCode(422);
    }

    @Test
    void idempotentPatchReplays() {
        var c = Fixtures.caseOn(Fixtures.scheme());
        String key = UUID.randomUUID().toString();
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("rag", "GREEN"))
                .when().patch("/v1/cases/" + c.id()).then().statusCode(200).header("ETag", "\"1\"");
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("rag", "GREEN"))
                .when().patch("/v1/cases/" + c.id())
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("rag", equalTo("GREEN"));
        given().header("Authorization", ADMIN).header("If-Match", "\"1\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("rag", "RED"))
                .when().patch("/v1/cases/" + c.id()).then().statusCode(422);
    }
}
