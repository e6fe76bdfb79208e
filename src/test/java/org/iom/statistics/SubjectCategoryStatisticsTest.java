package org.iom.statistics;

import static io.restassured.RestAssured.given;
import static org.iom.statistics.StatisticsTestSupport.as;
import static org.iom.statistics.StatisticsTestSupport.assertGroups;
import static org.iom.statistics.StatisticsTestSupport.assertRow;
import static org.iom.statistics.StatisticsTestSupport.get;
import static org.iom.statistics.StatisticsTestSupport.ids;
import static org.iom.statistics.StatisticsTestSupport.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 (ADR 0036): statistics filtered ({@code subjectCategory}) and broken down ({@code bySubjectCategory}) by
 * category of data subject, from the write-time summaries (V17), with figures computed by hand; a PATCH of a case's
 * category moves its counts, its review and its assessment to the other category at once. Suppression is off
 * (threshold 0, the profile of {@link StatisticsEquivalenceTest}) so every figure shows. asOf 2026-06-30, period
 * 2026-01-01..2026-06-30:
 * <pre>
 * A west-midlands: 8 FIXED CONVICTED since 2025-05-01       (3 reviewed 2026-03-01: REDUCED, STAYED, not proven;
 *                                                            1 assessed 2026-05-01: no need)
 *                  6 FREE SUSPECTED selected 2026-02-01     (2 reviewed 2026-04-01: INCREASED, INCREASED, proven;
 *                                                            the first ("moved") assessed 2026-05-01: accommodation
 *                                                            SEVERE)
 *                  5 FREE CONVICTED selected 2026-03-10
 * B kent:          7 FLEX SUSPECTED 2024-01-01 .. 2026-04-15 (1 reviewed 2026-04-01: STAYED, REDUCED, not proven)
 *                  9 FIXED since 2024-06-01 (no category given: the cohort's default, CONVICTED)
 *                  5 FIXED CONVICTED 2023-01-01 .. 2026-05-20
 * CONVICTED: active 8+5+9 = 22, selected 5, exited 5.   SUSPECTED: active 6, selected 6, exited 7.
 * </pre>
 */
@QuarkusTest
@TestProfile(StatisticsEquivalenceTest.NoSuppression.class)
class SubjectCategoryStatisticsTest {

    static final String AS_OF = "2026-06-30";

    @Inject AgroalDataSource dataSource;

    StatisticsFixture f;
    UUID a;
    UUID b;
    List<String> both;
    UUID moved;

    @BeforeEach
    void fixture() {
        f = new StatisticsFixture(dataSource);
        a = f.scheme("A", "Category A", "west-midlands", "N52");
        b = f.scheme("B", "Category B", "kent", "N57");
        UUID[] fixedA = f.people(8, a, "FIXED", "CONVICTED", LocalDate.of(2025, 5, 1), null);
        UUID[] freeA = f.people(6, a, "FREE", "SUSPECTED", LocalDate.of(2026, 2, 1), null);
        f.people(5, a, "FREE", "CONVICTED", LocalDate.of(2026, 3, 10), null);
        UUID[] flexB = f.people(7, b, "FLEX", "SUSPECTED", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 4, 15));
        f.people(9, b, "FIXED", null, LocalDate.of(2024, 6, 1), null);
        f.people(5, b, "FIXED", "CONVICTED", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 5, 20));
        for (int i = 0; i < 3; i++) {
            f.review(fixedA[i], a, LocalDate.of(2026, 3, 1), "REDUCED", "STAYED_THE_SAME", false);
        }
        for (int i = 0; i < 2; i++) {
            f.review(freeA[i], a, LocalDate.of(2026, 4, 1), "INCREASED", "INCREASED", true);
        }
        f.review(flexB[0], b, LocalDate.of(2026, 4, 1), "STAYED_THE_SAME", "REDUCED", false);
        f.needs(fixedA[0], a, LocalDate.of(2026, 5, 1), Map.of());
        f.needs(freeA[0], a, LocalDate.of(2026, 5, 1), Map.of("ACCOMMODATION", "SEVERE"));
        moved = freeA[0];
        both = ids(a, b);
    }

    JsonPath caseload(Object... more) {
        return get(as(Roles.ANALYST), "caseload", with(more, "asOf", AS_OF, "from", "2026-01-01", "to", AS_OF,
                "schemeId", both));
    }

    JsonPath outcomes() {
        return get(as(Roles.ANALYST), "outcomes", "from", "2026-01-01", "to", AS_OF, "bySubjectCategory", "true",
                "schemeId", both);
    }

    JsonPath needs() {
        return get(as(Roles.ANALYST), "needs", "asOf", AS_OF, "bySubjectCategory", "true", "schemeId", both);
    }

    /** A row of the national breakdown by category: group national, the category, its figures. */
    static void assertNational(Map<String, Object> row, String category, Object... figures) {
        Object[] all = new Object[figures.length + 2];
        all[0] = "subjectCategory";
        all[1] = category;
        System.arraycopy(figures, 0, all, 2, figures.length);
        assertRow(row, "national", "England and Wales", all);
    }

    static Object[] with(Object[] more, Object... query) {
        Object[] all = new Object[query.length + more.length];
        System.arraycopy(query, 0, all, 0, query.length);
        System.arraycopy(more, 0, all, query.length, more.length);
        return all;
    }

    @Test
    void caseloadByCategoryAndFilteredByIt() {
        JsonPath json = caseload("bySubjectCategory", "true");
        assertEquals("NATION", json.getString("groupBy"));
        assertEquals(true, json.getBoolean("bySubjectCategory"));
        assertGroups(json, "national", "national");
        assertNational(rows(json).get(0), "CONVICTED", "active", 22, "selected", 5, "exited", 5);
        assertNational(rows(json).get(1), "SUSPECTED", "active", 6, "selected", 6, "exited", 7);

        JsonPath suspected = caseload("subjectCategory", "SUSPECTED");
        assertEquals("SUSPECTED", suspected.getString("filters.subjectCategory"));
        assertEquals(false, suspected.getBoolean("bySubjectCategory"));
        assertRow(rows(suspected).get(0), "national", "England and Wales", "active", 6, "selected", 6, "exited", 7);
        // Broken down by category and filtered by it: the one category.
        JsonPath one = caseload("bySubjectCategory", "true", "subjectCategory", "CONVICTED");
        assertGroups(one, "national");
        assertNational(rows(one).get(0), "CONVICTED", "active", 22, "selected", 5, "exited", 5);
        // Cohorts broken down by category: FREE has 5 convicted and 6 suspected, all selected in the period.
        JsonPath byCohort = caseload("groupBy", "COHORT", "bySubjectCategory", "true");
        assertGroups(byCohort, "FIXED", "FIXED", "FLEX", "FLEX", "FREE", "FREE");
        assertRow(rows(byCohort).get(0), "FIXED", "Fixed", "subjectCategory", "CONVICTED", "active", 17,
                "selected", 0, "exited", 5);
        assertRow(rows(byCohort).get(3), "FLEX", "Flex", "subjectCategory", "SUSPECTED", "active", 0,
                "selected", 0, "exited", 7);
        assertRow(rows(byCohort).get(4), "FREE", "Free", "subjectCategory", "CONVICTED", "active", 5,
                "selected", 5, "exited", 0);
        assertRow(rows(byCohort).get(5), "FREE", "Free", "subjectCategory", "SUSPECTED", "active", 6,
                "selected", 6, "exited", 0);
        // By scheme, convicted only: A 8 + 5, B 9 (and the 5 exited on 2026-05-20).
        JsonPath byScheme = caseload("groupBy", "SCHEME", "subjectCategory", "CONVICTED");
        assertRow(rows(byScheme).get(0), a.toString(), null, "active", 13, "selected", 5, "exited", 0);
        assertRow(rows(byScheme).get(1), b.toString(), null, "active", 9, "selected", 0, "exited", 5);
        // A practitioner of A sees A's figures only.
        JsonPath own = get(as(Roles.PRACTITIONER, f.code("A")), "caseload", "asOf", AS_OF, "from", "2026-01-01",
                "to", AS_OF, "bySubjectCategory", "true");
        assertNational(rows(own).get(0), "CONVICTED", "active", 13, "selected", 5, "exited", 0);
        assertNational(rows(own).get(1), "SUSPECTED", "active", 6, "selected", 6, "exited", 0);
        // CSV: the category after the label.
        String csv = as(Roles.ANALYST).accept("text/csv").queryParam("asOf", AS_OF).queryParam("from", "2026-01-01")
                .queryParam("to", AS_OF).queryParam("schemeId", both).queryParam("bySubjectCategory", "true")
                .when().get("/v1/statistics/caseload").then().statusCode(200).extract().asString();
        assertEquals("group,label,subjectCategory,active,selected,exited,suppressed\r\n"
                + "national,England and Wales,CONVICTED,22,5,5,\r\n"
                + "national,England and Wales,SUSPECTED,6,6,7,\r\n", csv);
    }

    @Test
    void outcomesNeedsAndCoverageByCategory() {
        JsonPath out = outcomes();
        assertGroups(out, "national", "national");
        assertOutcome(rows(out).get(0), "CONVICTED", 3, 3, 0, 0, 0, 3, 0, 0);
        assertOutcome(rows(out).get(1), "SUSPECTED", 3, 0, 1, 2, 1, 0, 2, 2);
        assertEquals(0.6667, ((Number) rows(out).get(1).get("provenReoffendingRate")).doubleValue(), 1e-6);

        JsonPath needs = needs();
        assertRow(accommodation(needs, "CONVICTED"), "national", null, "subjectCategory", "CONVICTED",
                "needArea", "ACCOMMODATION",
                "activeCases", 22, "assessed", 1, "noNeed", 1, "noNeedShare", 1.0, "standard", 0,
                "standardShare", 0.0, "severe", 0, "severeShare", 0.0);
        assertRow(accommodation(needs, "SUSPECTED"), "national", null, "subjectCategory", "SUSPECTED",
                "needArea", "ACCOMMODATION",
                "activeCases", 6, "assessed", 1, "noNeed", 0, "noNeedShare", 0.0, "standard", 0,
                "standardShare", 0.0, "severe", 1, "severeShare", 1.0);

        // Coverage of suspected cases: A has 6 active, 2 reviewed in the window; B's suspected cases all exited.
        JsonPath coverage = get(as(Roles.ANALYST), "coverage", "asOf", AS_OF, "groupBy", "SCHEME", "schemeId", both,
                "subjectCategory", "SUSPECTED");
        assertEquals(List.of(6, 0), coverage.getList("rows.activeCases"));
        assertEquals(List.of(2, 0), coverage.getList("rows.casesReviewed"));
    }

    @Test
    void aPatchOfTheCategoryMovesTheCaseItsReviewAndItsAssessment() {
        patchMoved("{\"subjectCategory\":\"CONVICTED\"}");

        JsonPath json = caseload("bySubjectCategory", "true");
        assertNational(rows(json).get(0), "CONVICTED", "active", 23, "selected", 6, "exited", 5);
        assertNational(rows(json).get(1), "SUSPECTED", "active", 5, "selected", 5, "exited", 7);
        JsonPath out = outcomes();
        assertOutcome(rows(out).get(0), "CONVICTED", 4, 3, 0, 1, 0, 3, 1, 1);
        assertOutcome(rows(out).get(1), "SUSPECTED", 2, 0, 1, 1, 1, 0, 1, 1);
        JsonPath needs = needs();
        assertEquals(23L, ((Number) accommodation(needs, "CONVICTED").get("activeCases")).longValue());
        assertEquals(2L, ((Number) accommodation(needs, "CONVICTED").get("assessed")).longValue());
        assertEquals(1L, ((Number) accommodation(needs, "CONVICTED").get("severe")).longValue());
        assertEquals(0L, ((Number) accommodation(needs, "SUSPECTED").get("assessed")).longValue());
        JsonPath coverage = get(as(Roles.ANALYST), "coverage", "asOf", AS_OF, "groupBy", "SCHEME", "schemeId", both,
                "subjectCategory", "SUSPECTED");
        assertEquals(List.of(5, 0), coverage.getList("rows.activeCases"));
        assertEquals(List.of(1, 0), coverage.getList("rows.casesReviewed"));

        // And back: null sets the cohort's default (FREE: SUSPECTED), and the counts are as they were.
        patchMoved("{\"subjectCategory\":null}");
        JsonPath again = caseload("bySubjectCategory", "true");
        assertNational(rows(again).get(0), "CONVICTED", "active", 22, "selected", 5, "exited", 5);
        assertNational(rows(again).get(1), "SUSPECTED", "active", 6, "selected", 6, "exited", 7);
    }

    @Test
    void badCategoriesAndGroupingsAre400sNamingTheParameter() {
        StatisticsRequestsTest.invalid(as(Roles.ANALYST).queryParam("subjectCategory", "convicted"), "caseload",
                "subjectCategory", "CONVICTED, SUSPECTED");
        StatisticsRequestsTest.invalid(as(Roles.ANALYST).queryParam("subjectCategory", "VICTIM"), "outcomes",
                "subjectCategory", "CONVICTED, SUSPECTED");
        StatisticsRequestsTest.invalid(as(Roles.ANALYST).queryParam("subjectCategory", "CONVICTED", "SUSPECTED"),
                "needs", "subjectCategory", "only once");
        StatisticsRequestsTest.invalid(as(Roles.ANALYST).queryParam("bySubjectCategory", "true"), "coverage",
                "bySubjectCategory", "filter by subjectCategory instead");
        StatisticsRequestsTest.invalid(as(Roles.ANALYST).queryParam("bySubjectCategory", "yes"), "caseload",
                "bySubjectCategory", "true or false");
        StatisticsRequestsTest.invalid(as(Roles.ANALYST).queryParam("groupBy", "SUBJECT_CATEGORY"), "caseload",
                "groupBy", "must be one of");
    }

    /** PATCHes the moved case as an admin, with its current ETag. */
    private void patchMoved(String patch) {
        String admin = Tokens.bearer(Roles.ADMIN);
        String etag = given().header("Authorization", admin).when().get("/v1/cases/" + moved)
                .then().statusCode(200).extract().header("ETag");
        given().header("Authorization", admin).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(patch).when().patch("/v1/cases/" + moved).then().statusCode(200);
    }

    private static Map<String, Object> accommodation(JsonPath needs, String category) {
        return rows(needs).stream()
                .filter(r -> category.equals(r.get("subjectCategory")) && "ACCOMMODATION".equals(r.get("needArea")))
                .findFirst().orElseThrow(() -> new AssertionError("no ACCOMMODATION row of " + category));
    }

    /** The counts of an outcome row (its shares follow from them and are checked by the outcome tests). */
    private static void assertOutcome(Map<String, Object> row, String group, long reviewed, long freqReduced,
            long freqStayed, long freqIncreased, long serReduced, long serStayed, long serIncreased, long proven) {
        assertEquals(group, row.get("subjectCategory"));
        long[] expected = {reviewed, freqReduced, freqStayed, freqIncreased, serReduced, serStayed, serIncreased, proven};
        String[] names = {"casesReviewed", "frequencyReduced", "frequencyStayedTheSame", "frequencyIncreased",
            "seriousnessReduced", "seriousnessStayedTheSame", "seriousnessIncreased", "provenReoffending"};
        for (int i = 0; i < names.length; i++) {
            assertEquals(expected[i], ((Number) row.get(names[i])).longValue(), group + "." + names[i]);
        }
        assertEquals(List.of(), row.get("suppressed"), group + ".suppressed");
    }
}
