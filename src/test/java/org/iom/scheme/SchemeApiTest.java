package org.iom.scheme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemeApiTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    @Test
    void createsAndReadsAScheme() {
        String code = Fixtures.uniqueCode();
        var created = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Fixtures.schemeBody(code))
                .when().post("/v1/schemes")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("status", equalTo("ACTIVE"))
                .body("policeForceId", equalTo("west-midlands"))
                .body("probationRegionCode", equalTo("N52"))
                .body("launchedOn", equalTo("2021-04-01"))
                .body("setting", equalTo("URBAN"))
                .body("cohorts", contains("FIXED", "FLEX"))
                .body("coLocated", equalTo(true))
                .body("sharedCaseSystem", equalTo(false))
                .body("contact.name", equalTo("IOM hub"))
                .body("contact.email", equalTo("iom@example.org"))
                .body("contact.phone", nullValue())
                .body("$", not(hasKey("version")))
                .extract();
        String id = created.path("id");
        assertEquals(7, UUID.fromString(id).version(), "ids are UUID v7");
        assertEquals(true, created.header("Location").endsWith("/v1/schemes/" + id), created.header("Location"));
        for (String role : Roles.ALL) {
            given().header("Authorization", Tokens.bearer(role))
                    .when().get("/v1/schemes/" + id)
                    .then().statusCode(200).header("ETag", "\"0\"").body("code", equalTo(code));
        }
        given().header("Authorization", ADMIN).when().get(created.header("Location").replaceFirst("^https?://[^/]+", ""))
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void onlyAdminsWriteSchemes() {
        for (String role : List.of(Roles.PRACTITIONER, Roles.ANALYST, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.AUDITOR)) {
            given().header("Authorization", Tokens.bearer(role)).contentType(ContentType.JSON)
                    .body(Fixtures.schemeBody(Fixtures.uniqueCode()))
                    .when().post("/v1/schemes")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        var scheme = Fixtures.scheme();
        given().header("Authorization", Tokens.bearer(Roles.PRACTITIONER, scheme.code())).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(Map.of("name", "x"))
                .when().patch("/v1/schemes/" + scheme.id())
                .then().statusCode(403);
        given().when().get("/v1/schemes").then().statusCode(401);
    }

    @Test
    void validationNamesEachField() {
        assertInvalid(Map.of("code", "wmp bham"), "code");
        assertInvalid(Map.of("code", "ABCDEFGHIJK-X"), "code");
        assertInvalid(Map.of("name", " "), "name");
        assertInvalid(Map.of("name", "x".repeat(201)), "name");
        assertInvalid(Map.of("policeForceId", "atlantis"), "policeForceId");
        assertInvalid(Map.of("probationRegionCode", "N99"), "probationRegionCode");
        assertInvalid(Map.of("probationRegionCode", "52"), "probationRegionCode");
        assertInvalid(Map.of("setting", "SUBURBAN"), "setting");
        assertInvalid(Map.of("cohorts", List.of()), "cohorts");
        assertInvalid(Map.of("cohorts", List.of("FIXED", "FIXED")), "cohorts");
        assertInvalid(Map.of("cohorts", List.of("FIXED", "SOMETIMES")), "cohorts[1]");
        assertInvalid(Map.of("coLocated", "maybe"), "coLocated");
        assertInvalid(Map.of("status", "OPEN"), "status");
        assertInvalid(Map.of("launchedOn", "2021-13-01"), "launchedOn");
        assertInvalid(Map.of("contact", Map.of("email", "not-an-email")), "contact.email");
        assertInvalid(Map.of("contact", Map.of("phone", "call me")), "contact.phone");
        assertInvalid(Map.of("unexpected", 1), "unexpected");
        for (String required : List.of("code", "name", "policeForceId", "probationRegionCode", "setting", "cohorts",
                "coLocated", "sharedCaseSystem")) {
            Map<String, Object> body = Fixtures.schemeBody(Fixtures.uniqueCode());
            body.remove(required);
            given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/schemes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(required));
        }
    }

    private static void assertInvalid(Map<String, Object> change, String field) {
        Map<String, Object> body = Fixtures.schemeBody(Fixtures.uniqueCode());
        body.putAll(change);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/v1/schemes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void aDuplicateCodeIs409NamingTheExistingScheme() {
        var scheme = Fixtures.scheme();
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Fixtures.schemeBody(scheme.code()))
                .when().post("/v1/schemes")
                .then().statusCode(409).contentType("application/problem+json")
                .body("conflictingId", equalTo(scheme.id()));
    }

    @Test
    void patchIsAMergePatchGuardedByIfMatch() {
        var scheme = Fixtures.scheme();
        String path = "/v1/schemes/" + scheme.id();
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(Map.of("name", "Renamed"))
                .when().patch(path).then().statusCode(428).body("errors.field", hasItem("If-Match"));
        given().header("Authorization", ADMIN).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed"))
                .when().patch(path).then().statusCode(412);
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"name\":\"Renamed\",\"contact\":{\"email\":null,\"phone\":\"0121 000 0000\"},\"cohorts\":[\"FLEX\",\"FIXED\",\"FREE\"]}")
                .when().patch(path)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Renamed"))
                .body("setting", equalTo("URBAN"))
                .body("cohorts", contains("FIXED", "FLEX", "FREE"))
                .body("contact.name", equalTo("IOM hub"))
                .body("contact.email", nullValue())
                .body("contact.phone", equalTo("0121 000 0000"));
        // The old ETag is now stale.
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("status", "CLOSED"))
                .when().patch(path).then().statusCode(412);
        // null clears an optional field; a required one cannot be cleared.
        given().header("Authorization", ADMIN).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"contact\":null,\"launchedOn\":null}")
                .when().patch(path)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("contact", nullValue()).body("launchedOn", nullValue());
        given().header("Authorization", ADMIN).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body("{\"name\":null,\"status\":null}")
                .when().patch(path)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("name"));
        given().header("Authorization", ADMIN).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body("{\"status\":null}")
                .when().patch(path)
                .then().statusCode(400).body("errors.field", contains("status"));
        // Immutable and unknown fields are named.
        given().header("Authorization", ADMIN).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body("{\"code\":\"NEW-CODE\",\"id\":\"" + UUID.randomUUID() + "\",\"colour\":\"red\"}")
                .when().patch(path)
                .then().statusCode(400).body("errors.field", containsInAnyOrder("code", "id", "colour"));
        // A patch that changes nothing keeps the ETag.
        given().header("Authorization", ADMIN).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body("{\"name\":\"Renamed\"}")
                .when().patch(path)
                .then().statusCode(200).header("ETag", "\"2\"");
        given().header("Authorization", ADMIN).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body("[1,2]")
                .when().patch(path)
                .then().statusCode(400);
        given().header("Authorization", ADMIN).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .when().patch("/v1/schemes/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void idempotentCreateReplaysAndRejectsAnotherBody() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.schemeBody(Fixtures.uniqueCode());
        String first = given().header("Authorization", ADMIN).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/v1/schemes").then().statusCode(201).extract().path("id");
        given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/v1/schemes")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        body.put("name", "Another name");
        given().header("Authorization", ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/v1/schemes")
                .then().statusCode(422).body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void listsWithFiltersAndPaging() {
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = Fixtures.schemeBody(Fixtures.uniqueCode());
            body.put("name", "Scheme " + marker + " " + i);
            if (i % 2 == 0) {
                body.put("policeForceId", "cumbria");
                body.put("probationRegionCode", "N51");
                body.put("cohorts", List.of("FREE"));
                body.put("status", "CLOSED");
            }
            ids.add(Fixtures.scheme(body).id());
        }
        given().header("Authorization", Tokens.bearer(Roles.ANALYST))
                .queryParam("q", marker.toLowerCase()).queryParam("includeTotal", "true")
                .when().get("/v1/schemes")
                .then().statusCode(200).body("items", hasSize(5)).body("total", equalTo(5));
        given().header("Authorization", ADMIN)
                .queryParam("q", marker).queryParam("policeForceId", "cumbria").queryParam("probationRegionCode", "N51")
                .queryParam("status", "CLOSED").queryParam("cohort", "FREE")
                .when().get("/v1/schemes")
                .then().statusCode(200).body("items.id", containsInAnyOrder(ids.get(0), ids.get(2), ids.get(4)));
        given().header("Authorization", ADMIN).queryParam("q", marker).queryParam("cohort", "FLEX")
                .when().get("/v1/schemes")
                .then().statusCode(200).body("items.id", containsInAnyOrder(ids.get(1), ids.get(3)));
        // Paging: two at a time, every scheme exactly once, in code order, with a Link header.
        Set<String> seen = new HashSet<>();
        List<String> codes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = given().header("Authorization", ADMIN).queryParam("q", marker).queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get("/v1/schemes").then().statusCode(200).extract();
            List<String> pageIds = page.path("items.id");
            codes.addAll(page.path("items.code"));
            pageIds.forEach(id -> assertEquals(true, seen.add(id), "seen twice: " + id));
            cursor = page.path("nextCursor");
            if (cursor != null) {
                assertEquals(true, page.header("Link").contains("rel=\"next\""));
            }
            pages++;
        } while (cursor != null);
        assertEquals(new HashSet<>(ids), seen);
        assertEquals(3, pages);
        assertEquals(codes.stream().sorted().toList(), codes);
        // Bad query parameters are 400s naming them.
        given().header("Authorization", ADMIN).queryParam("limit", 201).when().get("/v1/schemes")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().header("Authorization", ADMIN).queryParam("limit", 0).when().get("/v1/schemes")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().header("Authorization", ADMIN).queryParam("status", "OPEN").when().get("/v1/schemes")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().header("Authorization", ADMIN).queryParam("cohort", "x").when().get("/v1/schemes")
                .then().statusCode(400).body("errors.field", hasItem("cohort"));
        given().header("Authorization", ADMIN).queryParam("cursor", "garbage!").when().get("/v1/schemes")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().header("Authorization", ADMIN).queryParam("q", "100%_").when().get("/v1/schemes")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownSchemeIs404AndAMalformedIdIs400() {
        given().header("Authorization", ADMIN).when().get("/v1/schemes/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        // ADR 0011: an id that is not a UUID names no scheme; the answer says which parameter is wrong.
        given().header("Authorization", ADMIN).when().get("/v1/schemes/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("schemeId"));
    }
}
