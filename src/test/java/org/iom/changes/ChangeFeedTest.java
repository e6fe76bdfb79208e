package org.iom.changes;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.CaseRef;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * GET /v1/changes: every kind of change to schemes, cases and recommendations appears once, in order, with the ETag
 * the resource's GET answers; who sees which entries; bad input.
 */
@QuarkusTest
class ChangeFeedTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    @Test
    void schemeAndCaseChangesAppearInOrderWithTheEtagOfTheirGet() {
        String from = Feed.head(ADMIN);
        SchemeRef scheme = Fixtures.scheme();
        String schemeEtag = given().header("Authorization", ADMIN).get("/v1/schemes/" + scheme.id()).header("ETag");
        String patchedScheme = given().header("Authorization", ADMIN).header("If-Match", schemeEtag)
                .contentType("application/merge-patch+json").body(Map.of("name", "Renamed " + scheme.code()))
                .when().patch("/v1/schemes/" + scheme.id()).then().statusCode(200).extract().header("ETag");
        CaseRef c = Fixtures.caseOn(scheme);
        String patched = given().header("Authorization", ADMIN).header("If-Match", c.etag())
                .contentType("application/merge-patch+json").body(Map.of("rag", "RED"))
                .when().patch("/v1/cases/" + c.id()).then().statusCode(200).extract().header("ETag");
        String exited = given().header("Authorization", ADMIN).header("If-Match", patched)
                .contentType(ContentType.JSON).body(Map.of("exitedOn", java.time.LocalDate.now().toString(),
                        "reason", "RISK_REDUCED"))
                .when().post("/v1/cases/" + c.id() + "/exit").then().statusCode(200).extract().header("ETag");
        given().header("Authorization", ADMIN).header("If-Match", exited).header("X-Access-Reason", "test erasure")
                .when().delete("/v1/cases/" + c.id()).then().statusCode(204);

        List<Map<String, Object>> items = Feed.drain(ADMIN, from).items();
        List<Map<String, Object>> schemeItems = Feed.about(items, scheme.id());
        assertEquals(List.of("org.iom.scheme.created", "org.iom.scheme.updated"),
                schemeItems.stream().map(i -> i.get("type")).toList());
        assertEquals(patchedScheme, Feed.etag(schemeItems.get(1)));
        assertEquals("/v1/schemes/" + scheme.id(), Feed.url(schemeItems.get(1)));
        assertEquals("/v1/schemes", schemeItems.get(1).get("source"));

        List<Map<String, Object>> caseItems = Feed.about(items, c.id());
        assertEquals(List.of("org.iom.case.created", "org.iom.case.updated", "org.iom.case.exited",
                "org.iom.case.erased"), caseItems.stream().map(i -> i.get("type")).toList());
        assertEquals(c.etag(), Feed.etag(caseItems.get(0)));
        assertEquals(patched, Feed.etag(caseItems.get(1)));
        assertEquals(exited, Feed.etag(caseItems.get(2)));
        assertNull(Feed.etag(caseItems.get(3)), "an erased case answers 404, with no ETag");
        assertEquals("/v1/cases/" + c.id(), Feed.url(caseItems.get(0)));
        for (Map<String, Object> item : caseItems) {
            assertEquals("1.0", item.get("specversion"));
            assertEquals("application/json", item.get("datacontenttype"));
            assertTrue(((String) item.get("time")).endsWith("Z"), item.toString());
        }
        // The scheme's entries come before its case's: commit order.
        assertTrue(items.indexOf(schemeItems.get(1)) < items.indexOf(caseItems.get(0)));
    }

    @Test
    void eachItemIdResumesAfterIt() {
        String from = Feed.head(ADMIN);
        SchemeRef scheme = Fixtures.scheme();
        Fixtures.caseOn(scheme);
        Fixtures.caseOn(scheme);
        List<Map<String, Object>> items = Feed.drain(ADMIN, from).items();
        assertEquals(3, items.size(), items.toString());
        List<Map<String, Object>> rest = Feed.drain(ADMIN, (String) items.get(0).get("id")).items();
        assertEquals(items.subList(1, 3), rest);
        // Pages of one: the same entries.
        var first = Feed.page(ADMIN, from, 1, 0).then().statusCode(200).extract().jsonPath();
        assertEquals(items.get(0), first.getList("items").get(0));
        assertEquals(items.get(0).get("id"), first.getString("nextCursor"));
    }

    @Test
    void recommendationsAndTheirTimelineAppearWithTheirEtag() {
        String inspector = Tokens.bearer(Roles.INSPECTOR);
        String oversight = Tokens.bearer(Roles.OVERSIGHT);
        String from = Feed.head(ADMIN);
        String inspectionId = given().header("Authorization", inspector).contentType(ContentType.JSON)
                .body(Map.of("title", "Feed " + Fixtures.uniqueCode(), "inspectorates", List.of("HMI_PROBATION"),
                        "kind", "THEMATIC", "publishedOn", "2026-01-15"))
                .when().post("/v1/inspections").then().statusCode(201).extract().path("id");
        String rec = given().header("Authorization", inspector).contentType(ContentType.JSON)
                .body(Map.of("number", "R1", "kind", "RECOMMENDATION", "text", "Do the thing",
                        "addressees", List.of("Ministry of Justice")))
                .when().post("/v1/inspections/" + inspectionId + "/recommendations").then().statusCode(201)
                .extract().path("id");
        String etag = given().header("Authorization", ADMIN).get("/v1/recommendations/" + rec).header("ETag");
        var added = given().header("Authorization", oversight).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("type", "STATUS_CHANGE", "status", "IN_PROGRESS"))
                .when().post("/v1/recommendations/" + rec + "/updates").then().statusCode(201).extract();
        String entryId = added.path("id");
        String after = given().header("Authorization", ADMIN).get("/v1/recommendations/" + rec).header("ETag");
        assertEquals(after, added.header("Recommendation-ETag"));

        List<Map<String, Object>> items = Feed.drain(ADMIN, from).items();
        List<Map<String, Object>> recItems = Feed.about(items, rec);
        assertEquals(List.of("org.iom.recommendation.created", "org.iom.recommendation.updated"),
                recItems.stream().map(i -> i.get("type")).toList());
        assertEquals(etag, Feed.etag(recItems.get(0)));
        assertEquals(after, Feed.etag(recItems.get(1)));
        List<Map<String, Object>> entry = Feed.about(items, entryId);
        assertEquals(1, entry.size(), items.toString());
        assertEquals("org.iom.recommendation-update.created", entry.get(0).get("type"));
        assertEquals("/v1/recommendations/" + rec + "/updates/" + entryId, Feed.url(entry.get(0)));
        assertNull(Feed.etag(entry.get(0)));
        given().header("Authorization", ADMIN).get(Feed.url(entry.get(0))).then().statusCode(200);
    }

    @Test
    void rolesThatMayNotReadCasesSeeNoCaseAndAPractitionerOnlyTheirSchemes() {
        SchemeRef mine = Fixtures.scheme();
        SchemeRef other = Fixtures.scheme();
        String practitioner = Tokens.bearer(Roles.PRACTITIONER, mine.code());
        Map<String, String> from = new java.util.HashMap<>();
        for (String role : Roles.ALL) {
            from.put(role, Feed.head(role.equals(Roles.PRACTITIONER) ? practitioner : Tokens.bearer(role)));
        }
        CaseRef myCase = Fixtures.caseOn(mine);
        CaseRef otherCase = Fixtures.caseOn(other);
        SchemeRef later = Fixtures.scheme();
        for (String role : Roles.ALL) {
            String bearer = role.equals(Roles.PRACTITIONER) ? practitioner : Tokens.bearer(role);
            List<Map<String, Object>> items = Feed.drain(bearer, from.get(role)).items();
            boolean allCases = role.equals(Roles.ADMIN) || role.equals(Roles.OVERSIGHT);
            assertEquals(allCases || role.equals(Roles.PRACTITIONER) ? 1 : 0, Feed.about(items, myCase.id()).size(),
                    role + " " + items);
            assertEquals(allCases ? 1 : 0, Feed.about(items, otherCase.id()).size(), role + " " + items);
            assertEquals(1, Feed.about(items, later.id()).size(), role + ": schemes are for every role");
        }
    }

    @Test
    void badInputIs400NamingTheParameter() {
        String caseListCursor = org.iom.common.Paging.encodeCursor(java.util.UUID.randomUUID());
        for (String after : List.of("not-a-cursor", caseListCursor, org.iom.common.Paging.encodeCursor("other", 1, 2),
                org.iom.common.Paging.encodeCursor("changes", -1, 2), org.iom.common.Paging.encodeCursor("changes",
                "x", 2))) {
            given().header("Authorization", ADMIN).queryParam("after", after).when().get("/v1/changes")
                    .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("after"));
        }
        given().header("Authorization", ADMIN).queryParam("after", "a/b").when().get("/v1/changes")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("after"));
        for (String wait : List.of("31", "-1", "3600")) {
            given().header("Authorization", ADMIN).queryParam("wait", wait).when().get("/v1/changes")
                    .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("wait"));
        }
        given().header("Authorization", ADMIN).queryParam("wait", "soon").when().get("/v1/changes")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("wait"));
        for (String limit : List.of("0", "201", "many")) {
            given().header("Authorization", ADMIN).queryParam("limit", limit).when().get("/v1/changes")
                    .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
        }
        given().header("Authorization", ADMIN).queryParam("since", "x").when().get("/v1/changes")
                .then().statusCode(400);
        given().when().get("/v1/changes").then().statusCode(401);
    }
}
