package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** Inspections: create, read, list with filters and paging, merge-patch with If-Match; adding recommendations. */
@QuarkusTest
class InspectionApiTest {

    static final LocalDate PUBLISHED = LocalDate.now().minusDays(30);

    @Test
    void createAndRead() {
        Map<String, Object> body = Register.inspection(Register.unique("IOM thematic"), PUBLISHED);
        body.put("fieldworkFrom", PUBLISHED.minusDays(120).toString());
        body.put("fieldworkTo", PUBLISHED.minusDays(60).toString());
        body.put("url", "https://www.justiceinspectorates.gov.uk/hmiprobation/");
        body.put("summary", "Nobody knew how many people IOM managed.");
        var created = given().header("Authorization", Register.INSPECTOR).contentType(ContentType.JSON).body(body)
                .when().post("/v1/inspections")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("inspectorates", contains("HMI_PROBATION", "HMICFRS"))
                .body("kind", equalTo("THEMATIC"))
                .body("publishedOn", equalTo(PUBLISHED.toString()))
                .body("recommendationCount", equalTo(0))
                .body("createdBy", equalTo("test-" + Roles.INSPECTOR))
                .extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/v1/inspections/" + id));
        Register.add(id, "1");
        given().header("Authorization", Tokens.bearer(Roles.PRACTITIONER)).when().get("/v1/inspections/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("title", equalTo(body.get("title")))
                .body("fieldworkFrom", equalTo(body.get("fieldworkFrom")))
                .body("url", equalTo(body.get("url")))
                .body("summary", equalTo(body.get("summary")))
                .body("recommendationCount", equalTo(1));
        given().header("Authorization", Register.ANALYST).when().get("/v1/inspections/01936f4e-0000-7000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidInspectionsAre400sNamingTheField() {
        Map<String, Object> future = Register.inspection("x", LocalDate.now().plusDays(2));
        expect400(future, "publishedOn");
        Map<String, Object> fieldwork = Register.inspection("x", PUBLISHED);
        fieldwork.put("fieldworkFrom", PUBLISHED.minusDays(10).toString());
        fieldwork.put("fieldworkTo", PUBLISHED.minusDays(20).toString());
        expect400(fieldwork, "fieldworkTo");
        Map<String, Object> after = Register.inspection("x", PUBLISHED);
        after.put("fieldworkTo", PUBLISHED.plusDays(1).toString());
        expect400(after, "fieldworkTo");
        Map<String, Object> repeated = Register.inspection("x", PUBLISHED);
        repeated.put("inspectorates", List.of("OFSTED", "OFSTED"));
        expect400(repeated, "inspectorates");
        Map<String, Object> none = Register.inspection("x", PUBLISHED);
        none.put("inspectorates", List.of());
        expect400(none, "inspectorates");
        Map<String, Object> unknown = Register.inspection("x", PUBLISHED);
        unknown.put("inspectorates", List.of("MI5"));
        expect400(unknown, "inspectorates[0]");
        Map<String, Object> blank = Register.inspection(" ", PUBLISHED);
        expect400(blank, "title");
        Map<String, Object> url = Register.inspection("x", PUBLISHED);
        url.put("url", "javascript:alert(1)");
        expect400(url, "url");
        Map<String, Object> extra = Register.inspection("x", PUBLISHED);
        extra.put("status", "OPEN");
        expect400(extra, "status");
        Map<String, Object> kind = Register.inspection("x", PUBLISHED);
        kind.put("kind", "GOSSIP");
        expect400(kind, "kind");
    }

    static void expect400(Map<String, Object> body, String field) {
        given().header("Authorization", Register.INSPECTOR).contentType(ContentType.JSON).body(body)
                .when().post("/v1/inspections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void listFiltersAndPaging() {
        String tag = Register.unique("listtag");
        Map<String, Object> older = Register.inspection(tag + " older", LocalDate.of(2019, 5, 1));
        older.put("inspectorates", List.of("OFSTED"));
        older.put("kind", "JOINT_TARGETED_AREA");
        String o = Register.createInspection(older);
        String m = Register.createInspection(Register.inspection(tag + " middle", LocalDate.of(2020, 2, 1)));
        Map<String, Object> newer = Register.inspection("Newest", LocalDate.of(2024, 9, 9));
        newer.put("summary", "Mentions " + tag + " in the summary");
        newer.put("inspectorates", List.of("CQC"));
        String n = Register.createInspection(newer);
        assertEquals(List.of(n, m, o), ids("q", tag.toUpperCase()));
        assertEquals(List.of(o), ids("q", tag, "inspectorate", "OFSTED"));
        assertEquals(List.of(n, o), ids("q", tag, "inspectorate", "OFSTED", "inspectorate", "CQC"));
        // The contract documents repeating the parameter; comma-separated values are still taken (beyond it).
        assertEquals(List.of(n, o), given().noFilters().header("Authorization", Register.ANALYST).queryParam("q", tag)
                .queryParam("inspectorate", "OFSTED,CQC").when().get("/v1/inspections")
                .then().statusCode(200).extract().path("items.id"));
        assertEquals(List.of(n, m), ids("q", tag, "kind", "THEMATIC"));
        assertEquals(List.of(m, o), ids("q", tag, "publishedTo", "2020-02-01"));
        assertEquals(List.of(n, m), ids("q", tag, "publishedFrom", "2020-02-01"));
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var req = given().header("Authorization", Register.ANALYST).queryParam("q", tag).queryParam("limit", 2)
                    .queryParam("includeTotal", "true");
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            var page = req.when().get("/v1/inspections").then().statusCode(200).body("total", equalTo(3)).extract();
            paged.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(List.of(n, m, o), paged);
        for (String[] bad : new String[][] {{"inspectorate", "MI6"}, {"kind", "X"}, {"publishedFrom", "yesterday"},
                {"limit", "999"}, {"cursor", "zzz"}}) {
            given().header("Authorization", Register.ANALYST).queryParam(bad[0], bad[1]).when().get("/v1/inspections")
                    .then().statusCode(400).body("errors[0].field", equalTo(bad[0]));
        }
    }

    List<String> ids(String... params) {
        var req = given().header("Authorization", Register.ANALYST);
        for (int k = 0; k < params.length; k += 2) {
            req = req.queryParam(params[k], params[k + 1]);
        }
        return req.when().get("/v1/inspections").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void mergePatchWithIfMatch() {
        Map<String, Object> body = Register.inspection(Register.unique("Patch me"), PUBLISHED);
        body.put("url", "https://example.org/report");
        String id = Register.createInspection(body);
        String url = "/v1/inspections/" + id;
        given().header("Authorization", Register.INSPECTOR).contentType(ContentType.JSON).body(Map.of("summary", "s"))
                .when().patch(url).then().statusCode(428);
        given().header("Authorization", Register.INSPECTOR).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(Map.of("summary", "s")).when().patch(url).then().statusCode(412);
        Map<String, Object> patch = new HashMap<>();
        patch.put("summary", "Corrected summary");
        patch.put("url", null);
        patch.put("inspectorates", List.of("HMI_PROBATION"));
        given().header("Authorization", Register.INSPECTOR).header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json").body(patch)
                .when().patch(url).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("summary", equalTo("Corrected summary"))
                .body("url", nullValue())
                .body("inspectorates", contains("HMI_PROBATION"))
                .body("title", equalTo(body.get("title")));
        given().header("Authorization", Register.INSPECTOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("title", "")).when().patch(url).then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().header("Authorization", Register.INSPECTOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("colour", "red")).when().patch(url).then().statusCode(400).body("errors[0].field", equalTo("colour"));
        Map<String, Object> clearRequired = new HashMap<>();
        clearRequired.put("publishedOn", null);
        given().header("Authorization", Register.INSPECTOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(clearRequired).when().patch(url).then().statusCode(400).body("errors[0].field", equalTo("publishedOn"));
        given().header("Authorization", Register.INSPECTOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("[1,2]").when().patch(url).then().statusCode(400);
        given().header("Authorization", Register.OVERSIGHT).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("summary", "x")).when().patch(url).then().statusCode(403);
        given().header("Authorization", Register.ADMIN).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("summary", "By admin")).when().patch(url).then().statusCode(200).header("ETag", equalTo("\"2\""));
    }

    @Test
    void rolesOnInspections() {
        Map<String, Object> body = Register.inspection(Register.unique("Roles"), PUBLISHED);
        for (String role : List.of(Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR)) {
            given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/inspections").then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", Register.ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/v1/inspections").then().statusCode(201);
        for (String role : Roles.ALL) {
            given().header("Authorization", Tokens.bearer(role)).queryParam("limit", 1)
                    .when().get("/v1/inspections").then().statusCode(200);
        }
        given().when().get("/v1/inspections").then().statusCode(401);
    }

    @Test
    void idempotentCreates() {
        String key = Register.unique("key");
        Map<String, Object> body = Register.inspection(Register.unique("Idem"), PUBLISHED);
        String first = given().header("Authorization", Register.INSPECTOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/v1/inspections")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", Register.INSPECTOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/v1/inspections")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        body.put("title", "Another");
        given().header("Authorization", Register.INSPECTOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/v1/inspections")
                .then().statusCode(422);
        String recKey = Register.unique("rkey");
        String r1 = given().header("Authorization", Register.INSPECTOR).header("Idempotency-Key", recKey)
                .contentType(ContentType.JSON).body(Register.recommendation("1"))
                .when().post("/v1/inspections/" + first + "/recommendations").then().statusCode(201).extract().path("id");
        given().header("Authorization", Register.INSPECTOR).header("Idempotency-Key", recKey)
                .contentType(ContentType.JSON).body(Register.recommendation("1"))
                .when().post("/v1/inspections/" + first + "/recommendations").then().statusCode(201)
                .body("id", equalTo(r1));
        String updKey = Register.unique("ukey");
        String etag = Register.etag(r1);
        String u1 = given().header("Authorization", Register.OVERSIGHT).header("Idempotency-Key", updKey)
                .header("If-Match", etag).contentType(ContentType.JSON).body(Register.status("IN_PROGRESS", null))
                .when().post("/v1/recommendations/" + r1 + "/updates").then().statusCode(201).extract().path("id");
        given().header("Authorization", Register.OVERSIGHT).header("Idempotency-Key", updKey)
                .header("If-Match", etag).contentType(ContentType.JSON).body(Register.status("IN_PROGRESS", null))
                .when().post("/v1/recommendations/" + r1 + "/updates").then().statusCode(201).body("id", equalTo(u1));
        given().header("Authorization", Register.ANALYST).when().get("/v1/recommendations/" + r1 + "/updates")
                .then().body("items.id", contains(u1));
    }

    @Test
    void addingRecommendations() {
        String id = Register.createInspection(PUBLISHED);
        Map<String, Object> body = Register.recommendation("1");
        body.put("owner", Map.of("organisation", "HMPPS", "contact", "Head of IOM"));
        body.put("theme", "Information sharing");
        body.put("priority", "HIGH");
        body.put("targetDate", PUBLISHED.plusDays(200).toString());
        body.put("textVerified", true);
        var created = Register.addRecommendation(id, body).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).extract();
        String first = created.path("id");
        assertNotEquals(null, first);
        assertEquals(true, created.header("Location").endsWith("/v1/recommendations/" + first));
        Register.get(first).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("textVerified", equalTo(true))
                .body("owner.contact", equalTo("Head of IOM"))
                .body("responseDue", equalTo(PUBLISHED.plusDays(56).toString()))
                .body("lastUpdatedAt", equalTo(Register.get(first).path("createdAt")));
        Register.addRecommendation(id, Register.recommendation("1")).then().statusCode(409)
                .body("conflictingId", equalTo(first));
        Register.addRecommendation("01936f4e-0000-7000-8000-000000000000", Register.recommendation("1"))
                .then().statusCode(404);
        Map<String, Object> noAddressees = Register.recommendation("3");
        noAddressees.put("addressees", List.of());
        Register.addRecommendation(id, noAddressees).then().statusCode(400).body("errors[0].field", equalTo("addressees"));
        Map<String, Object> repeated = Register.recommendation("3");
        repeated.put("addressees", List.of("HMPPS", "hmpps "));
        Register.addRecommendation(id, repeated).then().statusCode(400).body("errors[0].field", equalTo("addressees[1]"));
        Map<String, Object> early = Register.recommendation("3");
        early.put("targetDate", PUBLISHED.minusDays(1).toString());
        Register.addRecommendation(id, early).then().statusCode(400).body("errors[0].field", equalTo("targetDate"));
        Map<String, Object> noOwnerOrg = Register.recommendation("3");
        noOwnerOrg.put("owner", Map.of("contact", "someone"));
        Register.addRecommendation(id, noOwnerOrg).then().statusCode(400).body("errors[0].field", equalTo("owner.organisation"));
        Map<String, Object> withStatus = Register.recommendation("3");
        withStatus.put("status", "IMPLEMENTED");
        Register.addRecommendation(id, withStatus).then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON).body(Register.recommendation("9"))
                .when().post("/v1/inspections/" + id + "/recommendations").then().statusCode(403);
    }

    @Test
    void editingARecommendationsText() {
        String id = Register.createInspection(PUBLISHED);
        String r = Register.add(id, "1");
        Register.add(id, "2");
        String url = "/v1/recommendations/" + r;
        given().header("Authorization", Register.INSPECTOR).contentType(ContentType.JSON)
                .body(Map.of("text", "x")).when().patch(url).then().statusCode(428);
        given().header("Authorization", Register.INSPECTOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("text", "Text as published", "textVerified", true, "owner", Map.of("organisation", "MoJ")))
                .when().patch(url).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("text", equalTo("Text as published")).body("textVerified", equalTo(true))
                .body("owner.organisation", equalTo("MoJ"));
        given().header("Authorization", Register.INSPECTOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("owner", Map.of("contact", "Lead"))).when().patch(url).then().statusCode(200)
                .body("owner.organisation", equalTo("MoJ")).body("owner.contact", equalTo("Lead"));
        given().header("Authorization", Register.INSPECTOR).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("number", "2")).when().patch(url).then().statusCode(409);
        for (String field : List.of("status", "response", "supersededBy")) {
            given().header("Authorization", Register.INSPECTOR).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                    .body(Map.of(field, "x")).when().patch(url).then().statusCode(400)
                    .body("errors[0].field", equalTo(field));
        }
        given().header("Authorization", Register.OVERSIGHT).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("text", "by oversight")).when().patch(url).then().statusCode(403);
        Register.get(r).then().body("text", equalTo("Text as published")).body("number", equalTo("1"))
                .body("status", not(equalTo("IMPLEMENTED"))).body("theme", nullValue())
                .body("addressees", contains("Ministry of Justice"))
                .body("kind", containsString("RECOMMENDATION"));
    }
}
