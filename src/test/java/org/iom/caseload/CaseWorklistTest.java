package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: worklists. The case list sorted by next review date, RAG, risk or selection date, either way, paged with
 * the cursor (every case once, in order, ties by id); filtered by PNC id and updatedSince; updatedSince on schemes and
 * recommendations; a bad sort or a cursor of another sort is a 400 naming the parameter.
 */
@QuarkusTest
class CaseWorklistTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static final List<String> RAG = List.of("GREEN", "AMBER", "RED");
    static final List<String> RISK = List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");

    record Row(String id, String nextReviewOn, String rag, String risk, String selectedOn) {}

    /** Every page of the scheme's cases under {@code sort}, 3 at a time. */
    static List<String> walk(String bearer, SchemeRef scheme, String sort) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var req = given().header("Authorization", bearer).queryParam("schemeId", scheme.id())
                    .queryParam("sort", sort).queryParam("limit", 3);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            JsonPath page = req.when().get("/v1/cases").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    @Test
    void eachSortEitherWayPagesEveryCaseOnceInOrder() {
        SchemeRef scheme = Fixtures.scheme();
        Random random = new Random(22);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Map<String, Object> body = Fixtures.caseBody(scheme.id());
            body.put("rag", RAG.get(random.nextInt(3)));
            body.put("riskOfSeriousHarm", RISK.get(random.nextInt(4)));
            body.put("selectedOn", LocalDate.now().minusDays(30 + random.nextInt(3)).toString());
            body.put("nextReviewOn", random.nextInt(4) == 0 ? null
                    : LocalDate.now().plusDays(random.nextInt(3)).toString());
            String id = Fixtures.caseWith(body).id();
            rows.add(new Row(id, (String) body.get("nextReviewOn"), (String) body.get("rag"),
                    (String) body.get("riskOfSeriousHarm"), (String) body.get("selectedOn")));
        }
        String prac = Tokens.bearer(Roles.PRACTITIONER, scheme.code());
        check(prac, scheme, rows, "nextReviewOn", r -> r.nextReviewOn() == null ? "9999-12-31" : r.nextReviewOn());
        check(prac, scheme, rows, "rag", r -> String.valueOf(RAG.indexOf(r.rag())));
        check(prac, scheme, rows, "riskOfSeriousHarm", r -> String.valueOf(RISK.indexOf(r.risk())));
        check(prac, scheme, rows, "selectedOn", Row::selectedOn);
    }

    private static void check(String bearer, SchemeRef scheme, List<Row> rows, String sort, Function<Row, String> key) {
        Comparator<Row> byKey = Comparator.comparing(key).thenComparing(Row::id);
        assertEquals(rows.stream().sorted(byKey).map(Row::id).toList(), walk(bearer, scheme, sort), sort);
        assertEquals(rows.stream().sorted(byKey.reversed()).map(Row::id).toList(), walk(bearer, scheme, "-" + sort),
                "-" + sort);
    }

    @Test
    void badSortsAndCursorsOfAnotherSortAre400NamingTheParameter() {
        SchemeRef scheme = Fixtures.scheme();
        for (int i = 0; i < 3; i++) {
            Fixtures.caseOn(scheme);
        }
        for (String bad : List.of("crn", "-", "--rag", "rag,selectedOn", "RAG", "+rag")) {
            given().header("Authorization", ADMIN).queryParam("sort", bad).when().get("/v1/cases")
                    .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        }
        String cursor = given().header("Authorization", ADMIN).queryParam("schemeId", scheme.id())
                .queryParam("sort", "rag").queryParam("limit", 1).when().get("/v1/cases").then().statusCode(200)
                .extract().path("nextCursor");
        for (String other : List.of("-rag", "selectedOn", "")) {
            given().header("Authorization", ADMIN).queryParam("sort", other).queryParam("cursor", cursor)
                    .when().get("/v1/cases").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        }
        // A forged key in a cursor is a 400, not a database error.
        String forged = org.iom.common.Paging.encodeCursor("rag", "1; drop table iom_case", java.util.UUID.randomUUID());
        given().header("Authorization", ADMIN).queryParam("sort", "rag").queryParam("cursor", forged)
                .when().get("/v1/cases").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void pncIdAndUpdatedSinceFilterTheCaseList() throws InterruptedException {
        SchemeRef scheme = Fixtures.scheme();
        Fixtures.CaseRef old = Fixtures.caseOn(scheme);
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        body.put("pncId", ErasureEverywhereTest.randomPnc());
        Fixtures.CaseRef withPnc = Fixtures.caseWith(body);
        given().header("Authorization", ADMIN).queryParam("pncId", body.get("pncId")).when().get("/v1/cases")
                .then().statusCode(200).body("items.id", equalTo(List.of(withPnc.id())));
        given().header("Authorization", ADMIN).queryParam("pncId", "2012/0123456").when().get("/v1/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("pncId"));
        Thread.sleep(5);
        Instant since = Instant.now();
        Thread.sleep(5);
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("rag", "RED")).when().patch("/v1/cases/" + old.id()).then().statusCode(200);
        given().header("Authorization", ADMIN).queryParam("schemeId", scheme.id()).queryParam("updatedSince",
                since.toString()).when().get("/v1/cases").then().statusCode(200).body("items.id",
                equalTo(List.of(old.id())));
        given().header("Authorization", ADMIN).queryParam("updatedSince", "yesterday").when().get("/v1/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void updatedSinceOnSchemesAndRecommendations() throws InterruptedException {
        Fixtures.scheme();
        Thread.sleep(5);
        Instant since = Instant.now();
        Thread.sleep(5);
        SchemeRef later = Fixtures.scheme();
        given().header("Authorization", ADMIN).queryParam("updatedSince", since.toString()).queryParam("limit", 200)
                .when().get("/v1/schemes").then().statusCode(200).body("items.code", equalTo(List.of(later.code())));
        given().header("Authorization", ADMIN).queryParam("updatedSince", "2026-13-01").when().get("/v1/schemes")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        String oversight = Tokens.bearer(Roles.OVERSIGHT);
        given().header("Authorization", oversight).queryParam("updatedSince", Instant.now().plusSeconds(3600).toString())
                .when().get("/v1/recommendations").then().statusCode(200).body("items.size()", equalTo(0));
        given().header("Authorization", oversight).queryParam("updatedSince", "2000-01-01T00:00:00Z")
                .when().get("/v1/recommendations").then().statusCode(200);
        given().header("Authorization", oversight).queryParam("updatedSince", "soon")
                .when().get("/v1/recommendations").then().statusCode(400).body("errors[0].field",
                        equalTo("updatedSince"));
    }

    @Test
    void aSortedListKeepsThePractitionersScope() {
        SchemeRef mine = Fixtures.scheme();
        SchemeRef theirs = Fixtures.scheme();
        String a = Fixtures.caseOn(mine).id();
        Fixtures.caseOn(theirs);
        given().header("Authorization", Tokens.bearer(Roles.PRACTITIONER, mine.code())).queryParam("sort", "-rag")
                .queryParam("limit", 200).when().get("/v1/cases").then().statusCode(200)
                .body("items.id", equalTo(List.of(a)));
    }
}
