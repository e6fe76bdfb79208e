package org.iom.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The s62 access log accounts for every case access and nothing else: a known sequence of calls by one unique actor
 * (including refused and failed ones, and an aggregate CSV export) leaves exactly one entry per case touched, action
 * by action and request by request, each with the request id, roles and client, and no token or body content.
 */
@QuarkusTest
class AccessLogAccountingTest {

    static String daysAgo(int n) {
        return LocalDate.now().minusDays(n).toString();
    }

    final String actor = "acct-" + UUID.randomUUID();
    final String rawToken = Tokens.builder(actor, Set.of(Roles.ADMIN)).sign();
    final String bearer = "Bearer " + rawToken;
    /** request id -> case ids it should have logged, with the action. */
    final Map<String, List<String>> expectedCases = new TreeMap<>();
    final Map<String, String> expectedAction = new TreeMap<>();
    int requests;

    RequestSpecification as(String requestId) {
        return given().header("Authorization", bearer).header("X-Request-Id", requestId).when();
    }

    void expect(String requestId, String action, List<String> caseIds) {
        expectedCases.put(requestId, caseIds);
        expectedAction.put(requestId, action);
    }

    String rid(String name) {
        return actor + "-" + (++requests) + "-" + name;
    }

    @Test
    void oneEntryPerCaseAccessActionByAction() {
        SchemeRef scheme = Fixtures.scheme();
        List<String> ids = new ArrayList<>();
        List<String> crns = new ArrayList<>();
        String etag = null;
        for (int i = 0; i < 3; i++) { // COLLECTION x3
            Map<String, Object> body = Fixtures.caseBody(scheme.id());
            String r = rid("select");
            Response created = as(r).contentType(ContentType.JSON).body(body).post("/v1/cases");
            assertEquals(201, created.statusCode(), created.asString());
            ids.add(created.path("id"));
            crns.add((String) body.get("crn"));
            if (i == 0) {
                etag = created.header("ETag");
            }
            expect(r, "COLLECTION", List.of(ids.get(i)));
        }
        String one = ids.get(0);

        String r = rid("get");
        as(r).get("/v1/cases/" + one).then().statusCode(200);
        expect(r, "CONSULTATION", List.of(one));

        r = rid("list-all");
        as(r).queryParam("schemeId", scheme.id()).queryParam("limit", 200).get("/v1/cases").then().statusCode(200);
        expect(r, "CONSULTATION", ids);

        r = rid("list-page");
        as(r).queryParam("schemeId", scheme.id()).queryParam("limit", 2).queryParam("includeTotal", true)
                .get("/v1/cases").then().statusCode(200);
        expect(r, "CONSULTATION", ids.subList(0, 2));

        r = rid("list-none");
        as(r).queryParam("crn", "Z000000").queryParam("schemeId", scheme.id()).get("/v1/cases").then().statusCode(200);
        expect(r, "CONSULTATION", List.of());

        r = rid("patch");
        etag = as(r).header("If-Match", etag).contentType("application/merge-patch+json").body("{\"rag\":\"RED\"}")
                .patch("/v1/cases/" + one).then().statusCode(200).extract().header("ETag");
        expect(r, "ALTERATION", List.of(one));

        r = rid("patch-no-change"); // nothing altered, but the case was disclosed back to the caller
        etag = as(r).header("If-Match", etag).contentType("application/merge-patch+json").body("{\"rag\":\"RED\"}")
                .patch("/v1/cases/" + one).then().statusCode(200).extract().header("ETag");
        expect(r, "CONSULTATION", List.of(one));

        r = rid("patch-stale"); // refused: nothing happened, nothing logged
        as(r).header("If-Match", "\"999\"").contentType("application/merge-patch+json").body("{\"rag\":\"GREEN\"}")
                .patch("/v1/cases/" + one).then().statusCode(412);
        expect(r, null, List.of());

        r = rid("patch-invalid");
        as(r).header("If-Match", etag).contentType("application/merge-patch+json").body("{\"rag\":\"PURPLE\"}")
                .patch("/v1/cases/" + one).then().statusCode(400);
        expect(r, null, List.of());

        r = rid("get-unknown");
        as(r).get("/v1/cases/" + UUID.randomUUID()).then().statusCode(404);
        expect(r, null, List.of());

        r = rid("needs-put");
        as(r).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Fixtures.needsBody(daysAgo(40)))
                .put("/v1/cases/" + one + "/needs").then().statusCode(200);
        expect(r, "ALTERATION", List.of(one));

        r = rid("needs-get");
        as(r).get("/v1/cases/" + one + "/needs").then().statusCode(200);
        expect(r, "CONSULTATION", List.of(one));

        r = rid("review-post");
        Map<String, Object> review = Fixtures.reviewBody(daysAgo(3), daysAgo(50), daysAgo(4));
        review.put("note", "NOTE-" + actor);
        String reviewId = as(r).contentType(ContentType.JSON).body(review).post("/v1/cases/" + one + "/outcome-reviews")
                .then().statusCode(201).extract().path("id");
        expect(r, "ALTERATION", List.of(one));

        r = rid("review-list");
        as(r).get("/v1/cases/" + one + "/outcome-reviews").then().statusCode(200);
        expect(r, "CONSULTATION", List.of(one));

        r = rid("review-get");
        as(r).get("/v1/cases/" + one + "/outcome-reviews/" + reviewId).then().statusCode(200);
        expect(r, "CONSULTATION", List.of(one));

        r = rid("stats-csv"); // aggregate figures with small counts suppressed: no case data, no entry
        as(r).accept("text/csv").queryParam("schemeId", scheme.id()).get("/v1/statistics/caseload")
                .then().statusCode(200);
        expect(r, null, List.of());

        r = rid("exit");
        etag = as(r).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("exitedOn", daysAgo(1), "reason", "RISK_REDUCED")).post("/v1/cases/" + one + "/exit")
                .then().statusCode(200).extract().header("ETag");
        expect(r, "ALTERATION", List.of(one));

        r = rid("erase");
        as(r).header("If-Match", etag).header("X-Access-Reason", "Erasure request " + actor)
                .delete("/v1/cases/" + one).then().statusCode(204);
        expect(r, "ERASURE", List.of(one));

        // Read the log back as an auditor: every entry of this actor, all pages.
        List<Map<String, Object>> entries = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification q = given().header("Authorization", Tokens.bearer(Roles.AUDITOR))
                    .queryParam("actor", actor).queryParam("limit", 7);
            if (cursor != null) {
                q.queryParam("cursor", cursor);
            }
            Response page = q.when().get("/v1/audit-events");
            assertEquals(200, page.statusCode(), page.asString());
            entries.addAll(page.jsonPath().getList("items"));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        // Action by action.
        Map<String, Integer> expectedCounts = new TreeMap<>();
        expectedCases.forEach((req, cases) -> {
            if (!cases.isEmpty()) {
                expectedCounts.merge(expectedAction.get(req), cases.size(), Integer::sum);
            }
        });
        Map<String, Integer> actualCounts = new TreeMap<>();
        entries.forEach(e -> actualCounts.merge((String) e.get("action"), 1, Integer::sum));
        assertEquals(Map.of("COLLECTION", 3, "CONSULTATION", 10, "ALTERATION", 4, "ERASURE", 1), expectedCounts,
                "the sequence itself");
        assertEquals(expectedCounts, actualCounts, "entries by action");

        // Request by request: the right cases, the right action.
        Map<String, List<String>> actualCases = new TreeMap<>();
        expectedCases.keySet().forEach(req -> actualCases.put(req, new ArrayList<>()));
        for (Map<String, Object> e : entries) {
            String req = (String) e.get("requestId");
            assertNotNull(req, "request id of " + e);
            assertTrue(actualCases.containsKey(req), "an entry for a request not made: " + e);
            actualCases.get(req).add((String) e.get("caseId"));
            assertEquals(expectedAction.get(req), e.get("action"), "action of " + req);
            assertEquals(List.of(Roles.ADMIN), e.get("roles"));
            assertEquals("iom-tests", e.get("client"));
            assertEquals(actor, e.get("actor"));
            assertEquals(scheme.id(), e.get("schemeId"));
            assertNotNull(e.get("occurredAt"));
            assertEquals(null, e.get("recipient"));
            assertEquals(req.endsWith("-erase") ? "Erasure request " + actor : null, e.get("reason"));
            String all = e.toString();
            assertFalse(all.contains("eyJ") || all.contains(rawToken.substring(rawToken.length() - 20)),
                    "token content in " + e);
            for (String crn : crns) {
                assertFalse(all.contains(crn), "CRN in " + e);
            }
            assertFalse(all.contains("NOTE-") || all.contains("Patel") || all.contains("Okafor"), "body content in " + e);
        }
        actualCases.values().forEach(l -> l.sort(null));
        Map<String, List<String>> expectedSorted = new TreeMap<>();
        expectedCases.forEach((req, cases) -> expectedSorted.put(req, cases.stream().sorted().toList()));
        assertEquals(expectedSorted, actualCases, "case ids logged per request");
    }
}
