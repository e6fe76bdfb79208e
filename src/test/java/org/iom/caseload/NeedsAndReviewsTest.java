package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NeedsAndReviewsTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static Map<String, Object> needsBody(String assessedOn) {
        return Fixtures.needsBody(assessedOn);
    }

    static io.restassured.response.ValidatableResponse putNeeds(String caseId, String ifMatch, Object body) {
        var spec = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.when().put("/v1/cases/" + caseId + "/needs").then();
    }

    static String daysAgo(int days) {
        return LocalDate.now(AppClock.UK).minusDays(days).toString();
    }

    @Test
    void needsHaveACurrentAssessmentAndAHistory() {
        var c = Fixtures.caseOn(Fixtures.scheme()); // selected 60 days ago
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id() + "/needs")
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("caseId", equalTo(c.id())).body("current", nullValue()).body("history", hasSize(0));
        putNeeds(c.id(), "\"0\"", needsBody(daysAgo(50))).statusCode(200).header("ETag", "\"1\"")
                .body("current.assessedOn", equalTo(daysAgo(50)))
                .body("current.needs.ACCOMMODATION", equalTo("NO_NEED"))
                .body("current.needs.EDUCATION_TRAINING_AND_EMPLOYABILITY", equalTo("STANDARD"))
                .body("current.needs.FINANCIAL_MANAGEMENT_AND_INCOME", equalTo("SEVERE"))
                .body("current.recordedBy", equalTo("test-" + Roles.ADMIN))
                .body("history", hasSize(1));
        Map<String, Object> second = needsBody(daysAgo(10));
        @SuppressWarnings("unchecked")
        Map<String, Object> needs = (Map<String, Object>) second.get("needs");
        needs.put("DRUG_MISUSE", "SEVERE");
        putNeeds(c.id(), "\"1\"", second).statusCode(200).header("ETag", "\"2\"");
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id() + "/needs")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("current.assessedOn", equalTo(daysAgo(10)))
                .body("current.needs.DRUG_MISUSE", equalTo("SEVERE"))
                .body("history.assessedOn", contains(daysAgo(10), daysAgo(50)));
    }

    @Test
    void needsPutIsGuardedByIfMatch() {
        var c = Fixtures.caseOn(Fixtures.scheme());
        putNeeds(c.id(), null, needsBody(daysAgo(5))).statusCode(428);
        putNeeds(c.id(), "\"3\"", needsBody(daysAgo(5))).statusCode(412);
        putNeeds(c.id(), "\"0\"", needsBody(daysAgo(5))).statusCode(200);
        putNeeds(c.id(), "\"0\"", needsBody(daysAgo(4))).statusCode(412); // someone else recorded one meanwhile
    }

    @Test
    void needsValidationNamesTheField() {
        var c = Fixtures.caseOn(Fixtures.scheme()); // selected 60 days ago
        Map<String, Object> missing = needsBody(daysAgo(5));
        ((Map<?, ?>) missing.get("needs")).remove("ATTITUDES");
        ((Map<?, ?>) missing.get("needs")).remove("DRUG_MISUSE");
        putNeeds(c.id(), "\"0\"", missing).statusCode(400)
                .body("errors.field", contains("needs.DRUG_MISUSE", "needs.ATTITUDES"));
        Map<String, Object> unknownArea = needsBody(daysAgo(5));
        @SuppressWarnings("unchecked")
        Map<String, Object> needs = (Map<String, Object>) unknownArea.get("needs");
        needs.put("GAMBLING", "SEVERE");
        putNeeds(c.id(), "\"0\"", unknownArea).statusCode(400).body("errors.field", contains("needs.GAMBLING"));
        Map<String, Object> badSeverity = needsBody(daysAgo(5));
        @SuppressWarnings("unchecked")
        Map<String, Object> needs2 = (Map<String, Object>) badSeverity.get("needs");
        needs2.put("ACCOMMODATION", "TERRIBLE");
        putNeeds(c.id(), "\"0\"", badSeverity).statusCode(400).body("errors.field", contains("needs.ACCOMMODATION"));
        putNeeds(c.id(), "\"0\"", needsBody(LocalDate.now(AppClock.UK).plusDays(1).toString())).statusCode(400)
                .body("errors.field", contains("assessedOn"));
        putNeeds(c.id(), "\"0\"", needsBody(daysAgo(61))).statusCode(400).body("errors.field", contains("assessedOn"));
        putNeeds(c.id(), "\"0\"", Map.of("assessedOn", daysAgo(5))).statusCode(400).body("errors.field", contains("needs"));
        putNeeds(c.id(), "\"0\"", Map.of("needs", needsBody("x").get("needs"))).statusCode(400)
                .body("errors.field", contains("assessedOn"));
        // A new current assessment may not predate the current one.
        putNeeds(c.id(), "\"0\"", needsBody(daysAgo(5))).statusCode(200);
        putNeeds(c.id(), "\"1\"", needsBody(daysAgo(6))).statusCode(400).body("errors.field", contains("assessedOn"));
        putNeeds(c.id(), "\"1\"", needsBody(daysAgo(5))).statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void idempotentNeedsPutReplays() {
        var c = Fixtures.caseOn(Fixtures.scheme());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = needsBody(daysAgo(3));
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().put("/v1/cases/" + c.id() + "/needs").then().statusCode(200).header("ETag", "\"1\"");
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().put("/v1/cases/" + c.id() + "/needs")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("history", hasSize(1));
        given().header("Authorization", ADMIN).header("If-Match", "\"1\"").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(needsBody(daysAgo(2)))
                .when().put("/v1/cases/" + c.id() + "/needs").then().statusCode(422);
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id() + "/needs")
                .then().body("history", hasSize(1));
    }

    static Map<String, Object> reviewBody(String reviewedOn, String from, String to) {
        return Fixtures.reviewBody(reviewedOn, from, to);
    }

    static io.restassured.response.ValidatableResponse postReview(String caseId, Object body) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/v1/cases/" + caseId + "/outcome-reviews").then();
    }

    @Test
    void reviewsAreAppendOnlyAndCorrectedBySuperseding() {
        var c = Fixtures.caseOn(Fixtures.scheme()); // selected 60 days ago
        var first = postReview(c.id(), reviewBody(daysAgo(1), daysAgo(60), daysAgo(2)))
                .statusCode(201)
                .body("caseId", equalTo(c.id()))
                .body("reviewedOn", equalTo(daysAgo(1)))
                .body("periodFrom", equalTo(daysAgo(60)))
                .body("periodTo", equalTo(daysAgo(2)))
                .body("frequency", equalTo("REDUCED"))
                .body("seriousness", equalTo("STAYED_THE_SAME"))
                .body("provenReoffending", equalTo(false))
                .body("note", equalTo("Engaging well."))
                .body("supersedesReviewId", nullValue())
                .body("supersededByReviewId", nullValue())
                .extract();
        String firstId = first.path("id");
        assertEquals(true, first.header("Location").endsWith("/v1/cases/" + c.id() + "/outcome-reviews/" + firstId));
        Map<String, Object> correction = reviewBody(daysAgo(0), daysAgo(60), daysAgo(2));
        correction.put("frequency", "INCREASED");
        correction.put("provenReoffending", true);
        correction.put("supersedesReviewId", firstId);
        String secondId = postReview(c.id(), correction).statusCode(201)
                .body("supersedesReviewId", equalTo(firstId)).extract().path("id");
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id() + "/outcome-reviews")
                .then().statusCode(200)
                .body("items.id", contains(firstId, secondId))
                .body("items[0].supersededByReviewId", equalTo(secondId))
                .body("items[1].supersedesReviewId", equalTo(firstId))
                .body("items[1].supersededByReviewId", nullValue())
                .body("nextCursor", nullValue());
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id() + "/outcome-reviews/" + firstId)
                .then().statusCode(200).body("supersededByReviewId", equalTo(secondId));
        // A review is superseded at most once: the 409 names the review that already superseded it.
        postReview(c.id(), correction).statusCode(409).body("conflictingId", equalTo(secondId));
        // Only a review of the same case can be superseded.
        var other = Fixtures.caseOn(Fixtures.scheme());
        Map<String, Object> foreign = reviewBody(daysAgo(0), daysAgo(60), daysAgo(2));
        foreign.put("supersedesReviewId", secondId);
        postReview(other.id(), foreign).statusCode(400).body("errors.field", contains("supersedesReviewId"));
        // There is no way to change or delete a review.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(Map.of("note", "x"))
                .when().patch("/v1/cases/" + c.id() + "/outcome-reviews/" + firstId)
                .then().statusCode(anyOf(is(404), is(405))).contentType("application/problem+json");
        given().header("Authorization", ADMIN)
                .when().delete("/v1/cases/" + c.id() + "/outcome-reviews/" + firstId)
                .then().statusCode(anyOf(is(404), is(405))).contentType("application/problem+json");
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id() + "/outcome-reviews/" + firstId)
                .then().statusCode(200).body("note", equalTo("Engaging well.")).body("frequency", equalTo("REDUCED"));
    }

    @Test
    void reviewValidationNamesTheField() {
        var c = Fixtures.caseOn(Fixtures.scheme()); // selected 60 days ago
        String tomorrow = LocalDate.now(AppClock.UK).plusDays(1).toString();
        postReview(c.id(), reviewBody(tomorrow, daysAgo(30), daysAgo(1))).statusCode(400)
                .body("errors.field", contains("reviewedOn"));
        postReview(c.id(), reviewBody(daysAgo(0), daysAgo(61), daysAgo(1))).statusCode(400)
                .body("errors.field", contains("periodFrom"));
        postReview(c.id(), reviewBody(daysAgo(0), daysAgo(10), daysAgo(20))).statusCode(400)
                .body("errors.field", contains("periodTo"));
        postReview(c.id(), reviewBody(daysAgo(5), daysAgo(30), daysAgo(1))).statusCode(400)
                .body("errors.field", contains("periodTo"));
        for (String field : List.of("frequency", "seriousness")) {
            Map<String, Object> body = reviewBody(daysAgo(0), daysAgo(30), daysAgo(1));
            body.put(field, "BETTER");
            postReview(c.id(), body).statusCode(400).body("errors.field", contains(field));
        }
        Map<String, Object> longNote = reviewBody(daysAgo(0), daysAgo(30), daysAgo(1));
        longNote.put("note", "x".repeat(4001));
        postReview(c.id(), longNote).statusCode(400).body("errors.field", contains("note"));
        Map<String, Object> unknown = reviewBody(daysAgo(0), daysAgo(30), daysAgo(1));
        unknown.put("supersedesReviewId", UUID.randomUUID().toString());
        postReview(c.id(), unknown).statusCode(400).body("errors.field", contains("supersedesReviewId"));
        for (String required : List.of("reviewedOn", "periodFrom", "periodTo", "frequency", "seriousness",
                "provenReoffending")) {
            Map<String, Object> body = reviewBody(daysAgo(0), daysAgo(30), daysAgo(1));
            body.remove(required);
            postReview(c.id(), body).statusCode(400).body("errors.field", hasItem(required));
        }
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id() + "/outcome-reviews")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void reviewsArePaged() {
        var c = Fixtures.caseOn(Fixtures.scheme());
        for (int i = 0; i < 5; i++) {
            postReview(c.id(), reviewBody(daysAgo(0), daysAgo(50 - i), daysAgo(1))).statusCode(201);
        }
        var page1 = given().header("Authorization", ADMIN).queryParam("limit", 3)
                .when().get("/v1/cases/" + c.id() + "/outcome-reviews")
                .then().statusCode(200).body("items", hasSize(3)).extract();
        String cursor = page1.path("nextCursor");
        given().header("Authorization", ADMIN).queryParam("limit", 3).queryParam("cursor", cursor)
                .when().get("/v1/cases/" + c.id() + "/outcome-reviews")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", nullValue());
    }

    @Test
    void idempotentReviewReplays() {
        var c = Fixtures.caseOn(Fixtures.scheme());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = reviewBody(daysAgo(0), daysAgo(30), daysAgo(1));
        String id = given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/v1/cases/" + c.id() + "/outcome-reviews")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/v1/cases/" + c.id() + "/outcome-reviews")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        body.put("note", "other");
        given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/v1/cases/" + c.id() + "/outcome-reviews")
                .then().statusCode(422);
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + c.id() + "/outcome-reviews")
                .then().body("items", hasSize(1));
    }
}
