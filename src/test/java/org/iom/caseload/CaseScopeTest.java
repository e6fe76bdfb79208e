package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iom.common.AppClock;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A practitioner sees and changes only cases of the schemes in the token's schemes claim: another scheme's case is a
 * 404 on every operation and never appears in a list. Analysts, inspectors and auditors see no case data at all.
 */
@QuarkusTest
class CaseScopeTest {

    @Test
    void anotherSchemesCaseIsInvisibleToAPractitioner() {
        var mine = Fixtures.scheme();
        var theirs = Fixtures.scheme();
        var a = Fixtures.caseOn(mine);
        var b = Fixtures.caseOn(theirs);
        String practitioner = Tokens.bearer(Roles.PRACTITIONER, mine.code());
        String today = LocalDate.now(AppClock.UK).toString();

        // get
        given().header("Authorization", practitioner).when().get("/v1/cases/" + a.id()).then().statusCode(200);
        given().header("Authorization", practitioner).when().get("/v1/cases/" + b.id())
                .then().statusCode(404).contentType("application/problem+json");
        // list: never includes it, whatever the filters
        given().header("Authorization", practitioner).when().get("/v1/cases")
                .then().statusCode(200).body("items.id", contains(a.id()));
        given().header("Authorization", practitioner).queryParam("schemeId", theirs.id()).when().get("/v1/cases")
                .then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", practitioner).queryParam("crn", b.crn()).queryParam("includeTotal", true)
                .when().get("/v1/cases")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        // patch and exit
        given().header("Authorization", practitioner).header("If-Match", b.etag()).contentType(ContentType.JSON)
                .body(Map.of("rag", "RED")).when().patch("/v1/cases/" + b.id()).then().statusCode(404);
        given().header("Authorization", practitioner).header("If-Match", b.etag()).contentType(ContentType.JSON)
                .body(Map.of("exitedOn", today, "reason", "CUSTODY"))
                .when().post("/v1/cases/" + b.id() + "/exit").then().statusCode(404);
        // needs
        given().header("Authorization", practitioner).when().get("/v1/cases/" + b.id() + "/needs")
                .then().statusCode(404);
        given().header("Authorization", practitioner).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Fixtures.needsBody(today))
                .when().put("/v1/cases/" + b.id() + "/needs").then().statusCode(404);
        // outcome reviews
        var theirReview = NeedsAndReviewsTest.postReview(b.id(),
                Fixtures.reviewBody(today, NeedsAndReviewsTest.daysAgo(30), today)).statusCode(201)
                .extract().<String>path("id");
        given().header("Authorization", practitioner).when().get("/v1/cases/" + b.id() + "/outcome-reviews")
                .then().statusCode(404);
        given().header("Authorization", practitioner)
                .when().get("/v1/cases/" + b.id() + "/outcome-reviews/" + theirReview).then().statusCode(404);
        given().header("Authorization", practitioner).contentType(ContentType.JSON)
                .body(Fixtures.reviewBody(today, NeedsAndReviewsTest.daysAgo(30), today))
                .when().post("/v1/cases/" + b.id() + "/outcome-reviews").then().statusCode(404);
        // A review id of another case under my case is not found either.
        given().header("Authorization", practitioner)
                .when().get("/v1/cases/" + a.id() + "/outcome-reviews/" + theirReview).then().statusCode(404);

        // Nothing of theirs was changed.
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).when().get("/v1/cases/" + b.id())
                .then().statusCode(200).header("ETag", "\"0\"").body("status", equalTo("ACTIVE"));
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).when().get("/v1/cases/" + b.id() + "/needs")
                .then().statusCode(200).body("history", hasSize(0));
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).when().get("/v1/cases/" + b.id() + "/outcome-reviews")
                .then().statusCode(200).body("items", hasSize(1));

        // ...while on my own case everything works.
        given().header("Authorization", practitioner).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("rag", "RED")).when().patch("/v1/cases/" + a.id()).then().statusCode(200);
        given().header("Authorization", practitioner).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Fixtures.needsBody(today))
                .when().put("/v1/cases/" + a.id() + "/needs").then().statusCode(200);
        given().header("Authorization", practitioner).contentType(ContentType.JSON)
                .body(Fixtures.reviewBody(today, NeedsAndReviewsTest.daysAgo(30), today))
                .when().post("/v1/cases/" + a.id() + "/outcome-reviews").then().statusCode(201);
        given().header("Authorization", practitioner).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("exitedOn", today, "reason", "RISK_REDUCED"))
                .when().post("/v1/cases/" + a.id() + "/exit").then().statusCode(200);
    }

    @Test
    void aPractitionerOfSeveralSchemesSeesThemAll() {
        var one = Fixtures.scheme();
        var two = Fixtures.scheme();
        var a = Fixtures.caseOn(one);
        var b = Fixtures.caseOn(two);
        given().header("Authorization", Tokens.bearer(Roles.PRACTITIONER, one.code(), two.code()))
                .when().get("/v1/cases")
                .then().statusCode(200).body("items.id", containsInAnyOrder(a.id(), b.id()))
                .body("items.schemeCode", everyItem(org.hamcrest.Matchers.in(List.of(one.code(), two.code()))));
    }

    @Test
    void aPractitionerWithoutSchemesSeesNoCases() {
        var a = Fixtures.caseOn(Fixtures.scheme());
        String practitioner = Tokens.bearer(Roles.PRACTITIONER);
        given().header("Authorization", practitioner).when().get("/v1/cases")
                .then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", practitioner).when().get("/v1/cases/" + a.id()).then().statusCode(404);
    }

    @Test
    void analystsInspectorsAndAuditorsSeeNoCaseData() {
        var scheme = Fixtures.scheme();
        var a = Fixtures.caseOn(scheme);
        for (String role : List.of(Roles.ANALYST, Roles.INSPECTOR, Roles.AUDITOR)) {
            String token = Tokens.bearer(role, scheme.code());
            given().header("Authorization", token).when().get("/v1/cases").then().statusCode(403)
                    .contentType("application/problem+json");
            given().header("Authorization", token).when().get("/v1/cases/" + a.id()).then().statusCode(403);
            given().header("Authorization", token).when().get("/v1/cases/" + a.id() + "/needs").then().statusCode(403);
            given().header("Authorization", token).when().get("/v1/cases/" + a.id() + "/outcome-reviews")
                    .then().statusCode(403);
            given().header("Authorization", token).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body(Map.of("rag", "RED")).when().patch("/v1/cases/" + a.id()).then().statusCode(403);
        }
    }

    @Test
    void oversightReadsEveryCaseButChangesNone() {
        var scheme = Fixtures.scheme();
        var a = Fixtures.caseOn(scheme);
        String oversight = Tokens.bearer(Roles.OVERSIGHT);
        given().header("Authorization", oversight).when().get("/v1/cases/" + a.id()).then().statusCode(200);
        given().header("Authorization", oversight).queryParam("schemeId", scheme.id()).when().get("/v1/cases")
                .then().statusCode(200).body("items.id", contains(a.id()));
        given().header("Authorization", oversight).when().get("/v1/cases/" + a.id() + "/needs").then().statusCode(200);
        given().header("Authorization", oversight).when().get("/v1/cases/" + a.id() + "/outcome-reviews")
                .then().statusCode(200);
        given().header("Authorization", oversight).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("rag", "RED")).when().patch("/v1/cases/" + a.id()).then().statusCode(403);
        given().header("Authorization", oversight).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("exitedOn", LocalDate.now(AppClock.UK).toString(), "reason", "CUSTODY"))
                .when().post("/v1/cases/" + a.id() + "/exit").then().statusCode(403);
    }
}
