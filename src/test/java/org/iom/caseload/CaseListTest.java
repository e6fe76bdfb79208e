package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.iom.common.AppClock;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** GET /v1/cases: every filter, keyset paging that is stable while cases are added. */
@QuarkusTest
class CaseListTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    static String daysAgo(int n) {
        return LocalDate.now(AppClock.UK).minusDays(n).toString();
    }

    @Test
    void everyFilterSelectsTheRightCases() {
        var s1 = Fixtures.scheme(); // west-midlands, N52
        Map<String, Object> otherScheme = Fixtures.schemeBody(Fixtures.uniqueCode());
        otherScheme.put("policeForceId", "dyfed-powys");
        otherScheme.put("probationRegionCode", "N03");
        var s2 = Fixtures.scheme(otherScheme);

        Map<String, Object> b1 = Fixtures.caseBody(s1.id());
        b1.put("selectedOn", daysAgo(100));
        b1.put("nextReviewOn", daysAgo(5)); // overdue
        b1.put("riskOfSeriousHarm", "VERY_HIGH");
        b1.put("rag", "RED");
        var c1 = Fixtures.caseWith(b1);

        Map<String, Object> b2 = Fixtures.caseBody(s1.id());
        b2.put("selectedOn", daysAgo(20));
        b2.put("cohort", "FLEX");
        b2.put("riskOfSeriousHarm", "LOW");
        b2.put("rag", "GREEN");
        var c2 = Fixtures.caseWith(b2);

        Map<String, Object> b3 = Fixtures.caseBody(s1.id());
        b3.put("selectedOn", daysAgo(50));
        b3.put("nextReviewOn", daysAgo(40)); // would be overdue, but the case exits
        b3.put("riskOfSeriousHarm", "MEDIUM");
        var c3 = Fixtures.caseWith(b3);
        given().header("Authorization", ADMIN).header("If-Match", c3.etag()).contentType(ContentType.JSON)
                .body(Map.of("exitedOn", daysAgo(1), "reason", "CUSTODY"))
                .when().post("/v1/cases/" + c3.id() + "/exit").then().statusCode(200);

        Map<String, Object> b4 = Fixtures.caseBody(s2.id());
        b4.put("selectedOn", daysAgo(70));
        b4.put("nextReviewOn", null);
        b4.put("riskOfSeriousHarm", "MEDIUM");
        var c4 = Fixtures.caseWith(b4);

        // A practitioner of exactly these two schemes: the lists hold only these four cases.
        String token = Tokens.bearer(Roles.PRACTITIONER, s1.code(), s2.code());
        expect(token, Map.of(), c1.id(), c2.id(), c3.id(), c4.id());
        expect(token, Map.of("schemeId", s1.id()), c1.id(), c2.id(), c3.id());
        expect(token, Map.of("policeForceId", "dyfed-powys"), c4.id());
        expect(token, Map.of("probationRegionCode", "N52"), c1.id(), c2.id(), c3.id());
        expect(token, Map.of("cohort", "FLEX"), c2.id());
        expect(token, Map.of("status", "EXITED"), c3.id());
        expect(token, Map.of("status", "ACTIVE"), c1.id(), c2.id(), c4.id());
        expect(token, Map.of("riskOfSeriousHarm", "MEDIUM"), c3.id(), c4.id());
        expect(token, Map.of("rag", "RED"), c1.id());
        expect(token, Map.of("selectedFrom", daysAgo(70)), c2.id(), c3.id(), c4.id());
        expect(token, Map.of("selectedTo", daysAgo(50)), c1.id(), c3.id(), c4.id());
        expect(token, Map.of("selectedFrom", daysAgo(70), "selectedTo", daysAgo(50)), c3.id(), c4.id());
        expect(token, Map.of("reviewOverdue", "true"), c1.id());
        expect(token, Map.of("reviewOverdue", "false"), c2.id(), c3.id(), c4.id());
        expect(token, Map.of("crn", c2.crn()), c2.id());
        expect(token, Map.of("schemeId", s1.id(), "status", "ACTIVE", "cohort", "FIXED"), c1.id());
        given().header("Authorization", token).queryParam("includeTotal", "true").queryParam("limit", 1)
                .when().get("/v1/cases").then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(4));
        given().header("Authorization", token).queryParam("crn", c1.crn())
                .when().get("/v1/cases").then().body("items[0].reviewOverdue", equalTo(true));
    }

    private static void expect(String token, Map<String, String> filters, String... ids) {
        RequestSpecification spec = given().header("Authorization", token);
        filters.forEach(spec::queryParam);
        spec.when().get("/v1/cases").then().statusCode(200).body("items.id", contains(sorted(ids)));
    }

    private static Object[] sorted(String... ids) {
        List<String> list = new ArrayList<>(List.of(ids));
        Collections.sort(list);
        return list.toArray();
    }

    @Test
    void badFiltersAre400sNamingTheParameter() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("schemeId", "nope"), Map.entry("policeForceId", "West Midlands"),
                Map.entry("probationRegionCode", "52"), Map.entry("cohort", "SOMETIMES"), Map.entry("status", "OPEN"),
                Map.entry("riskOfSeriousHarm", "HUGE"), Map.entry("rag", "BLUE"), Map.entry("selectedFrom", "2026-02-30"),
                Map.entry("selectedTo", "yesterday"), Map.entry("reviewOverdue", "yes"), Map.entry("crn", "X12"),
                Map.entry("limit", "201"), Map.entry("cursor", "not-ours"), Map.entry("includeTotal", "1"));
        bad.forEach((name, value) -> given().header("Authorization", ADMIN).queryParam(name, value)
                .when().get("/v1/cases")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(name)));
        given().header("Authorization", ADMIN).queryParam("selectedFrom", "2026-05-01").queryParam("selectedTo", "2026-04-01")
                .when().get("/v1/cases").then().statusCode(400).body("errors.field", hasItem("selectedTo"));
        given().header("Authorization", ADMIN).queryParam("limit", "abc")
                .when().get("/v1/cases").then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void pagingReturnsEveryCaseExactlyOnceWhileCasesAreAdded() throws Exception {
        var scheme = Fixtures.scheme();
        Set<String> existing = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            existing.add(Fixtures.caseOn(scheme).id());
        }
        ExecutorService executor = Executors.newSingleThreadExecutor();
        AtomicBoolean paging = new AtomicBoolean(true);
        Semaphore added = new Semaphore(0);
        List<String> addedIds = Collections.synchronizedList(new ArrayList<>());
        Future<?> adder = executor.submit(() -> {
            while (paging.get()) {
                addedIds.add(Fixtures.caseOn(scheme).id());
                added.release();
            }
            return null;
        });
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        try {
            do {
                RequestSpecification spec = given().header("Authorization", ADMIN)
                        .queryParam("schemeId", scheme.id()).queryParam("limit", 4);
                if (cursor != null) {
                    spec.queryParam("cursor", cursor);
                }
                var page = spec.when().get("/v1/cases").then().statusCode(200).extract();
                seen.addAll(page.path("items.id"));
                cursor = page.path("nextCursor");
                pages++;
                // Make sure at least one case is added between any two pages.
                assertTrue(added.tryAcquire(30, TimeUnit.SECONDS), "the adder stalled");
            } while (cursor != null && pages < 200);
        } finally {
            paging.set(false);
            adder.get(60, TimeUnit.SECONDS);
            executor.shutdown();
        }
        assertTrue(addedIds.size() >= pages, "cases were added while paging: " + addedIds.size());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no case may appear twice: " + seen);
        assertTrue(seen.containsAll(existing), "every case that existed before paging began is returned");
        Set<String> all = new HashSet<>(existing);
        all.addAll(addedIds);
        assertTrue(all.containsAll(seen), "nothing foreign is returned");
        List<String> ordered = new ArrayList<>(seen);
        Collections.sort(ordered);
        assertEquals(ordered, seen, "a stable order: by id");
    }

    @Test
    void aLinkHeaderPointsAtTheNextPage() {
        var scheme = Fixtures.scheme();
        var a = Fixtures.caseOn(scheme);
        var b = Fixtures.caseOn(scheme);
        var first = given().header("Authorization", ADMIN).queryParam("schemeId", scheme.id()).queryParam("limit", 1)
                .when().get("/v1/cases").then().statusCode(200).body("items.id", contains(a.id())).extract();
        String link = first.header("Link");
        assertTrue(link != null && link.contains("rel=\"next\"") && link.contains("cursor="), link);
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        given().header("Authorization", ADMIN).when().get(next.replaceFirst("^https?://[^/]+", ""))
                .then().statusCode(200).body("items.id", contains(b.id())).body("nextCursor", equalTo(null));
    }
}
