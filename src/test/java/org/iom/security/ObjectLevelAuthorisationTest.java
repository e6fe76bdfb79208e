package org.iom.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.CaseRef;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * OWASP API1:2023 (broken object level authorisation). Two schemes, two practitioners whose tokens each name only
 * their own scheme: every case operation by practitioner B on A's case or scheme is a 404, a 403/400 refusal, or an
 * empty list, and A's case id and CRN appear nowhere in any of B's responses. Then a generated-cases property: for
 * random sets of scheme codes in a practitioner token, the case list (every page) is exactly the cases of those
 * schemes.
 */
@QuarkusTest
class ObjectLevelAuthorisationTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    static String daysAgo(int n) {
        return LocalDate.now().minusDays(n).toString();
    }

    /** One call by B, named for the failure message. */
    record Attempt(String name, BiFunction<RequestSpecification, String[], Response> call) {}

    @Test
    void practitionerOfAnotherSchemeGetsNothingOfACase() {
        SchemeRef schemeA = Fixtures.scheme();
        SchemeRef schemeB = Fixtures.scheme();
        String practitionerA = Tokens.bearer(Roles.PRACTITIONER, schemeA.code());
        String practitionerB = Tokens.bearer(Roles.PRACTITIONER, schemeB.code());

        Map<String, Object> body = Fixtures.caseBody(schemeA.id());
        Response created = given().header("Authorization", practitionerA).contentType(ContentType.JSON).body(body)
                .when().post("/v1/cases");
        assertEquals(201, created.statusCode(), created.asString());
        String caseA = created.path("id");
        String crnA = (String) body.get("crn");
        String etagA = created.header("ETag");
        given().header("Authorization", practitionerA).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Fixtures.needsBody(daysAgo(40))).when().put("/v1/cases/" + caseA + "/needs")
                .then().statusCode(200);
        String reviewA = given().header("Authorization", practitionerA).contentType(ContentType.JSON)
                .body(Fixtures.reviewBody(daysAgo(3), daysAgo(50), daysAgo(4)))
                .when().post("/v1/cases/" + caseA + "/outcome-reviews").then().statusCode(201).extract().path("id");
        // B has a case of its own, with the same profile, so that B's lists are not empty for a trivial reason.
        Map<String, Object> bodyB = Fixtures.caseBody(schemeB.id());
        String caseB = given().header("Authorization", practitionerB).contentType(ContentType.JSON).body(bodyB)
                .when().post("/v1/cases").then().statusCode(201).extract().path("id");
        String caseAState = given().header("Authorization", practitionerA).when().get("/v1/cases/" + caseA)
                .then().statusCode(200).extract().asString();

        String path = "/v1/cases/" + caseA;
        // Each call by B on A's case, and the same call on a case id that does not exist: the answers must be the same
        // 404 (only the echoed ids differ), so B cannot even learn that A's case exists.
        List<Attempt> notFound = List.of(
                new Attempt("getCase", (s, ids) -> s.get("/v1/cases/" + ids[0])),
                new Attempt("updateCase", (s, ids) -> s.header("If-Match", etagA)
                        .contentType("application/merge-patch+json").body("{\"rag\":\"RED\"}").patch("/v1/cases/" + ids[0])),
                new Attempt("exitCase", (s, ids) -> s.header("If-Match", etagA).contentType(ContentType.JSON)
                        .body(Map.of("exitedOn", daysAgo(1), "reason", "RISK_REDUCED"))
                        .post("/v1/cases/" + ids[0] + "/exit")),
                new Attempt("transferCase", (s, ids) -> s.header("If-Match", etagA).contentType(ContentType.JSON)
                        .body(Map.of("schemeId", schemeB.id(), "transferredOn", daysAgo(1)))
                        .post("/v1/cases/" + ids[0] + "/transfer")),
                new Attempt("getCaseHistory", (s, ids) -> s.get("/v1/cases/" + ids[0] + "/history")),
                new Attempt("getCaseNeeds", (s, ids) -> s.get("/v1/cases/" + ids[0] + "/needs")),
                new Attempt("recordCaseNeeds", (s, ids) -> s.header("If-Match", "\"1\"").contentType(ContentType.JSON)
                        .body(Fixtures.needsBody(daysAgo(2))).put("/v1/cases/" + ids[0] + "/needs")),
                new Attempt("listOutcomeReviews", (s, ids) -> s.get("/v1/cases/" + ids[0] + "/outcome-reviews")),
                new Attempt("getOutcomeReview", (s, ids) -> s.get("/v1/cases/" + ids[0] + "/outcome-reviews/" + ids[1])),
                new Attempt("addOutcomeReview", (s, ids) -> s.contentType(ContentType.JSON)
                        .body(Fixtures.reviewBody(daysAgo(2), daysAgo(50), daysAgo(3)))
                        .post("/v1/cases/" + ids[0] + "/outcome-reviews")));
        List<String> failures = new ArrayList<>();
        String[] nowhere = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        for (Attempt a : notFound) {
            Response r = a.call().apply(given().header("Authorization", practitionerB).when(), new String[] {caseA, reviewA});
            Response control = a.call().apply(given().header("Authorization", practitionerB).when(), nowhere);
            if (r.statusCode() != 404) {
                failures.add(a.name() + ": expected 404, got " + r.statusCode() + " " + r.asString());
            }
            String seen = r.asString().replace(caseA, "{case}").replace(reviewA, "{review}");
            String unknown = control.asString().replace(nowhere[0], "{case}").replace(nowhere[1], "{review}");
            if (!seen.equals(unknown)) {
                failures.add(a.name() + ": A's case answers differently from a case that does not exist: " + seen
                        + " <> " + unknown);
            }
            if (r.asString().contains(crnA)) {
                failures.add(a.name() + ": response contains A's CRN");
            }
        }

        // Erasure is an admin's: a practitioner is refused before the case is looked at.
        Response erase = given().header("Authorization", practitionerB).header("If-Match", etagA)
                .header("X-Access-Reason", "attempt").when().delete(path);
        Response eraseUnknown = given().header("Authorization", practitionerB).header("If-Match", etagA)
                .header("X-Access-Reason", "attempt").when().delete("/v1/cases/" + nowhere[0]);
        if (!erase.asString().replace(caseA, "{case}").equals(eraseUnknown.asString().replace(nowhere[0], "{case}"))) {
            failures.add("eraseCase: A's case answers differently from a case that does not exist");
        }
        if (erase.statusCode() != 403) {
            failures.add("eraseCase: expected 403, got " + erase.statusCode());
        }
        // Selecting a person onto A's scheme is refused.
        Map<String, Object> onA = Fixtures.caseBody(schemeA.id());
        Response select = given().header("Authorization", practitionerB).contentType(ContentType.JSON).body(onA)
                .when().post("/v1/cases");
        check(failures, "selectCase onto A's scheme", select, caseA, crnA);
        if (select.statusCode() != 403) {
            failures.add("selectCase onto A's scheme: expected 403, got " + select.statusCode());
        }

        // Lists: every filter, including A's CRN and A's scheme id: never A's case.
        Map<String, Map<String, Object>> filters = new LinkedHashMap<>();
        filters.put("none", Map.of());
        filters.put("crn", Map.of("crn", crnA));
        filters.put("schemeId", Map.of("schemeId", schemeA.id()));
        filters.put("policeForceId", Map.of("policeForceId", "west-midlands"));
        filters.put("probationRegionCode", Map.of("probationRegionCode", "N52"));
        filters.put("cohort", Map.of("cohort", "FIXED"));
        filters.put("status", Map.of("status", "ACTIVE"));
        filters.put("riskOfSeriousHarm", Map.of("riskOfSeriousHarm", "HIGH"));
        filters.put("rag", Map.of("rag", "AMBER"));
        filters.put("selectedFrom+To", Map.of("selectedFrom", daysAgo(61), "selectedTo", daysAgo(59)));
        filters.put("reviewOverdue=false", Map.of("reviewOverdue", "false"));
        filters.put("reviewOverdue=true", Map.of("reviewOverdue", "true"));
        filters.put("includeTotal", Map.of("includeTotal", "true", "schemeId", schemeA.id()));
        for (var f : filters.entrySet()) {
            Response r = given().header("Authorization", practitionerB).queryParams(f.getValue()).when().get("/v1/cases");
            check(failures, "listCases " + f.getKey(), r, caseA, crnA);
            if (r.statusCode() != 200) {
                failures.add("listCases " + f.getKey() + ": expected 200, got " + r.statusCode() + " " + r.asString());
                continue;
            }
            List<String> schemes = r.path("items.schemeId");
            if (schemes.stream().anyMatch(id -> !id.equals(schemeB.id()))) {
                failures.add("listCases " + f.getKey() + ": a case of another scheme: " + schemes);
            }
            if (f.getValue().containsKey("includeTotal") && ((Number) r.path("total")).longValue() != 0) {
                failures.add("listCases includeTotal: total counts A's cases: " + r.path("total"));
            }
        }
        // ...while B's own filters do find B's case: the lists above are empty because of scope, not by accident.
        List<String> own = given().header("Authorization", practitionerB).queryParam("crn", bodyB.get("crn"))
                .when().get("/v1/cases").then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(caseB), own);

        // Statistics, JSON and CSV, narrowed to A's scheme: refused, never figures of A's scheme.
        for (String stat : List.of("caseload", "outcomes", "needs", "coverage")) {
            for (String accept : List.of("application/json", "text/csv")) {
                Response r = given().header("Authorization", practitionerB).accept(accept)
                        .queryParam("schemeId", schemeA.id()).queryParam("groupBy", "scheme")
                        .when().get("/v1/statistics/" + stat);
                String name = "statistics/" + stat + " " + accept;
                check(failures, name, r, caseA, crnA);
                if (r.statusCode() != 400 && r.statusCode() != 403 && r.statusCode() != 404) {
                    failures.add(name + ": expected a refusal, got " + r.statusCode() + " " + r.asString());
                }
                if (r.asString().contains(schemeA.code())) {
                    failures.add(name + ": names A's scheme " + schemeA.code());
                }
            }
        }

        if (!failures.isEmpty()) {
            fail("Practitioner B reached A's case:\n  " + String.join("\n  ", failures));
        }

        // A's case is exactly as it was, and B left no alteration of it in the access log.
        String after = given().header("Authorization", practitionerA).when().get("/v1/cases/" + caseA)
                .then().statusCode(200).extract().asString();
        assertEquals(caseAState, after, "A's case changed");
        List<String> actionsByB = given().header("Authorization", Tokens.bearer(Roles.AUDITOR))
                .queryParam("caseId", caseA).queryParam("actor", "test-" + Roles.PRACTITIONER).queryParam("limit", 200)
                .when().get("/v1/audit-events").then().statusCode(200).extract().path("items.action");
        // Both practitioners share the subject test-iom-practitioner: A's own accesses are COLLECTION, ALTERATION
        // (needs, review) and CONSULTATION (two reads); B's attempts must add nothing.
        assertEquals(new TreeSet<>(List.of("ALTERATION", "COLLECTION", "CONSULTATION")), new TreeSet<>(actionsByB));
        assertEquals(5, actionsByB.size(), "entries for A's case: " + actionsByB);

    }

    @Test
    void aTokenWithoutSchemesSeesNoCase() {
        SchemeRef scheme = Fixtures.scheme();
        CaseRef c = Fixtures.caseOn(scheme);
        String none = Tokens.bearer(Roles.PRACTITIONER);
        List<String> failures = new ArrayList<>();
        Response get = given().header("Authorization", none).when().get("/v1/cases/" + c.id());
        assertEquals(404, get.statusCode());
        assertFalse(get.asString().contains(c.crn()));
        Response list = given().header("Authorization", none).queryParam("crn", c.crn()).when().get("/v1/cases");
        check(failures, "listCases", list, c.id(), c.crn());
        assertEquals(200, list.statusCode());
        assertEquals(List.of(), list.path("items"));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Generated cases (seeded, so a failure can be replayed: the seed is in the message): N schemes with 1-3 cases
     * each; for random subsets of their codes, plus sometimes an unknown code, a practitioner's list of every page
     * (random page size) is exactly the cases of those schemes; with a schemeId filter, exactly that scheme's cases
     * when it is in the subset, else none.
     */
    @Test
    void listsMatchRandomSchemeScopes() {
        long seed = Long.getLong("iom.property.seed", System.nanoTime());
        Random random = new Random(seed);
        int n = 5;
        List<SchemeRef> schemes = new ArrayList<>();
        Map<String, Set<String>> casesByCode = new HashMap<>();
        for (int i = 0; i < n; i++) {
            SchemeRef s = Fixtures.scheme();
            schemes.add(s);
            Set<String> ids = new HashSet<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                ids.add(Fixtures.caseOn(s).id());
            }
            casesByCode.put(s.code(), ids);
        }
        for (int trial = 0; trial < 25; trial++) {
            List<String> codes = new ArrayList<>();
            Set<String> expected = new TreeSet<>();
            for (SchemeRef s : schemes) {
                if (random.nextBoolean()) {
                    codes.add(s.code());
                    expected.addAll(casesByCode.get(s.code()));
                }
            }
            if (random.nextInt(4) == 0) {
                codes.add(Fixtures.uniqueCode()); // a code of no scheme: adds nothing
            }
            String token = Tokens.bearer(Roles.PRACTITIONER, codes.toArray(new String[0]));
            int limit = 1 + random.nextInt(4);
            String context = "seed " + seed + ", trial " + trial + ", codes " + codes + ", limit " + limit;
            assertEquals(expected, allPages(token, Map.of(), limit), context);

            SchemeRef filter = schemes.get(random.nextInt(n));
            Set<String> expectedFiltered = codes.contains(filter.code())
                    ? new TreeSet<>(casesByCode.get(filter.code())) : Set.of();
            assertEquals(expectedFiltered, allPages(token, Map.of("schemeId", filter.id()), limit),
                    context + ", schemeId of " + filter.code());
            String sort = (random.nextBoolean() ? "-" : "") + List.of("nextReviewOn", "rag", "riskOfSeriousHarm",
                    "selectedOn").get(random.nextInt(4));
            assertEquals(expected, allPages(token, Map.of("sort", sort), limit), context + ", sort " + sort);
            // A case's history (issue 22): the practitioner's scheme's case only; any other is a 404.
            SchemeRef of = schemes.get(random.nextInt(n));
            String caseId = casesByCode.get(of.code()).iterator().next();
            Response history = given().header("Authorization", token).when().get("/v1/cases/" + caseId + "/history");
            assertEquals(codes.contains(of.code()) ? 200 : 404, history.statusCode(), context + ", history of a case of "
                    + of.code() + ": " + history.asString());
        }
    }

    private static Set<String> allPages(String token, Map<String, ?> filter, int limit) {
        Set<String> ids = new TreeSet<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification spec = given().header("Authorization", token).queryParams(filter)
                    .queryParam("limit", limit);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            Response r = spec.when().get("/v1/cases");
            assertEquals(200, r.statusCode(), r.asString());
            List<String> page = r.path("items.id");
            for (String id : page) {
                assertTrue(ids.add(id), "case " + id + " on two pages");
            }
            cursor = r.path("nextCursor");
            assertFalse(++pages > 100, "paging does not end");
        } while (cursor != null);
        return ids;
    }

    /** Neither A's case id nor A's CRN in the body or headers of B's response. */
    private static void check(List<String> failures, String name, Response r, String caseId, String crn) {
        String everything = r.asString() + r.headers().toString();
        if (everything.contains(caseId)) {
            failures.add(name + ": response contains A's case id (" + r.statusCode() + ")");
        }
        if (everything.contains(crn)) {
            failures.add(name + ": response contains A's CRN (" + r.statusCode() + ")");
        }
    }
}
