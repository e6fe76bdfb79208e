package org.iom.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.iom.statistics.StatisticsTestSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.inspection.Csv;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live figures (GET /v1/live-figures) and the 2020 inspection's findings (GET /v1/inspections/{id}/findings) give
 * exactly what the statistics endpoints answer to the same caller: every scheme for an analyst, a practitioner's own
 * schemes for a practitioner, with the same small-number suppression. The practitioner's two schemes:
 * <pre>
 * A: 12 cases active; 10 of them reviewed 2 months ago: frequency REDUCED (7) or STAYED_THE_SAME (3), seriousness
 *    STAYED_THE_SAME (all 10: the zero REDUCED and INCREASED are withheld, so STAYED_THE_SAME is withheld too),
 *    2 cautioned or convicted (withheld); 6 assessed 2 months ago, 2 assessed 2 years ago
 * B: 3 cases active, none reviewed or assessed
 * </pre>
 */
@QuarkusTest
class LiveFiguresTest {

    static final String IOM_2020 = "01700000-0000-7000-8000-000000000001";

    /** Per statistics key: the statistics row's fields giving value, outOf and share (null: none). */
    static final Map<String, List<String>> FIELDS = Map.of(
            "statistics.caseload.active", fields("active", null, null),
            "statistics.coverage.schemes", fields("schemes", null, null),
            "statistics.coverage.forces", fields("forcesMeasuring", "forces", null),
            "statistics.outcomes.frequencyReduced", fields("frequencyReduced", "casesReviewed", "frequencyReducedShare"),
            "statistics.outcomes.frequencyStayedTheSame", fields("frequencyStayedTheSame", "casesReviewed",
                    "frequencyStayedTheSameShare"),
            "statistics.outcomes.seriousnessReduced", fields("seriousnessReduced", "casesReviewed",
                    "seriousnessReducedShare"),
            "statistics.outcomes.seriousnessStayedTheSame", fields("seriousnessStayedTheSame", "casesReviewed",
                    "seriousnessStayedTheSameShare"),
            "statistics.outcomes.provenReoffending", fields("provenReoffending", "casesReviewed",
                    "provenReoffendingRate"),
            "statistics.needs.assessed", fields("assessed", "activeCases", null));

    @Inject AgroalDataSource dataSource;

    StatisticsFixture f;
    String practitioner;

    @BeforeEach
    void fixture() {
        f = new StatisticsFixture(dataSource);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID a = f.scheme("A", "Live A", "cumbria", "N51");
        UUID b = f.scheme("B", "Live B", "cumbria", "N51");
        UUID[] cases = f.people(12, a, "FIXED", today.minusYears(2), null);
        for (int i = 0; i < 10; i++) {
            f.review(cases[i], a, today.minusMonths(2), i < 7 ? "REDUCED" : "STAYED_THE_SAME", "STAYED_THE_SAME",
                    i < 2);
        }
        for (int i = 0; i < 8; i++) {
            f.needs(cases[i], a, i < 6 ? today.minusMonths(2) : today.minusYears(2), Map.of());
        }
        f.people(3, b, "FLEX", today.minusYears(1), null);
        practitioner = Tokens.bearer(Roles.PRACTITIONER, f.code("A"), f.code("B"));
    }

    @Test
    void aPractitionersFiguresAreTheStatisticsOfTheirSchemesWithTheSameSuppression() {
        JsonPath figures = list(practitioner);
        assertMatchesStatistics(figures, practitioner);
        assertEquals(15.0, value(figures, "statistics.caseload.active"));
        assertEquals(2.0, value(figures, "statistics.coverage.schemes"));
        assertEquals(1.0, value(figures, "statistics.coverage.forces"));
        assertEquals(1.0, figure(figures, "statistics.coverage.forces").get("outOf"));
        assertEquals(7.0, value(figures, "statistics.outcomes.frequencyReduced"));
        assertEquals(0.7, figure(figures, "statistics.outcomes.frequencyReduced").get("share"));
        Map<String, Object> withheld = figure(figures, "statistics.outcomes.seriousnessStayedTheSame");
        assertNull(withheld.get("value"));
        assertNull(withheld.get("share"));
        assertEquals(List.of("value", "share"), withheld.get("suppressed"));
        assertEquals(10.0, withheld.get("outOf"));
        assertNull(value(figures, "statistics.outcomes.provenReoffending"));
        // 6 of the 15 active cases were assessed in the last 12 months (2 more before that do not count).
        assertEquals(6.0, value(figures, "statistics.needs.assessed"));
        assertEquals(15.0, figure(figures, "statistics.needs.assessed").get("outOf"));
        assertEquals(0.4, figure(figures, "statistics.needs.assessed").get("share"));
    }

    @Test
    void anAnalystsFiguresAreTheNationalStatistics() {
        String analyst = Tokens.bearer(Roles.ANALYST);
        JsonPath figures = list(analyst);
        assertMatchesStatistics(figures, analyst);
        assertEquals(43.0, figure(figures, "statistics.coverage.forces").get("outOf"));
        // Roles that may not call the statistics see the national figures too (never case-level data).
        JsonPath inspector = list(Tokens.bearer(Roles.INSPECTOR));
        for (String key : FIELDS.keySet()) {
            assertEquals(figure(figures, key).get("value"), figure(inspector, key).get("value"), key);
        }
    }

    @Test
    void the2020FindingsShowTheSameLiveValuesAsJsonAndAsCsv() {
        JsonPath figures = list(practitioner);
        JsonPath findings = json(as(Roles.PRACTITIONER, f.code("A"), f.code("B")).when()
                .get("/v1/inspections/" + IOM_2020 + "/findings").then().statusCode(200).extract().asString());
        List<Map<String, Object>> items = findings.getList("items");
        assertEquals(9, items.size());
        for (Map<String, Object> item : items) {
            String key = (String) item.get("liveFigure");
            assertNotNull(key, "every 2020 finding has a live figure: " + item);
            @SuppressWarnings("unchecked")
            Map<String, Object> live = (Map<String, Object>) item.get("live");
            Map<String, Object> expected = figure(figures, key);
            for (String part : List.of("value", "outOf", "share", "suppressed", "source", "unit")) {
                assertEquals(expected.get(part), live.get(part), key + "." + part);
            }
        }
        List<List<String>> csv = Csv.parse(as(Roles.PRACTITIONER, f.code("A"), f.code("B"))
                .accept("text/csv").when().get("/v1/inspections/" + IOM_2020 + "/findings").then().statusCode(200)
                .extract().asString());
        assertEquals(items.size() + 1, csv.size());
        List<String> header = csv.get(0);
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            @SuppressWarnings("unchecked")
            Map<String, Object> live = (Map<String, Object>) item.get("live");
            @SuppressWarnings("unchecked")
            Map<String, Object> baseline = (Map<String, Object>) item.get("baseline");
            List<String> row = csv.get(i + 1);
            assertEquals(String.valueOf(item.get("position")), cell(header, row, "position"));
            assertEquals(item.get("topic"), cell(header, row, "topic"));
            assertEquals(baseline.get("kind"), cell(header, row, "baselineKind"));
            assertEquals(baseline.get("text"), cell(header, row, "baseline"));
            assertEquals(number(baseline.get("value")), cell(header, row, "baselineValue"));
            assertEquals(number(baseline.get("outOf")), cell(header, row, "baselineOutOf"));
            assertEquals(item.get("liveFigure"), cell(header, row, "liveFigure"));
            assertEquals(number(live.get("value")), cell(header, row, "liveValue"));
            assertEquals(number(live.get("outOf")), cell(header, row, "liveOutOf"));
            assertEquals(number(live.get("share")), cell(header, row, "liveShare"));
            assertEquals(String.join(" ", strings(live.get("suppressed"))), cell(header, row, "liveSuppressed"));
            assertEquals(live.get("source"), cell(header, row, "liveSource"));
        }
    }

    @Test
    void theNeedsEndpointCountsOnlyRecentAssessmentsWhenAsked() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        JsonPath recent = StatisticsTestSupport.get(as(Roles.PRACTITIONER, f.code("A"), f.code("B")), "needs",
                "assessedWithinMonths", 12);
        assertEquals(6, recent.getInt("rows[0].assessed"));
        assertEquals(today.minusMonths(12).plusDays(1).toString(), recent.getString("assessedFrom"));
        JsonPath any = StatisticsTestSupport.get(as(Roles.PRACTITIONER, f.code("A"), f.code("B")), "needs");
        assertEquals(8, any.getInt("rows[0].assessed"));
        assertNull(any.get("assessedFrom"));
        as(Roles.ANALYST).queryParam("assessedWithinMonths", 0).when().get("/v1/statistics/needs").then()
                .statusCode(400).body("errors[0].field", equalTo("assessedWithinMonths"));
    }

    @Test
    void unknownKeysAre400NamingTheKnownOnes() {
        for (String path : List.of("/v1/live-figures?key=statistics.caseload.active&key=no.such.figure",
                "/v1/live-figures/no.such.figure")) {
            given().header("Authorization", Tokens.bearer(Roles.ANALYST)).when().get(path).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("key"))
                    .body("errors[0].message", containsString("no live figure 'no.such.figure'"))
                    .body("errors[0].message", containsString("statistics.caseload.active"))
                    .body("errors[0].message", containsString("statistics.needs.assessed"));
        }
        given().header("Authorization", Tokens.bearer(Roles.ANALYST)).when()
                .get("/v1/live-figures/statistics.coverage.forces").then().statusCode(200)
                .body("key", equalTo("statistics.coverage.forces")).body("outOf", equalTo(43.0f));
        given().header("Authorization", Tokens.bearer(Roles.ANALYST)).queryParam("key", "statistics.coverage.forces")
                .when().get("/v1/live-figures").then().statusCode(200)
                .body("items.key", equalTo(List.of("statistics.coverage.forces")));
    }

    /**
     * Each statistics figure equals the national row of its source request, made by the same caller: value and outOf
     * are the row's fields, share is the row's share field (or value / outOf to four decimals when the row has none),
     * and {@code suppressed} names exactly the parts the row withholds.
     */
    static void assertMatchesStatistics(JsonPath figures, String bearer) {
        List<String> seen = new ArrayList<>();
        for (Map<String, Object> item : figures.<Map<String, Object>>getList("items")) {
            String key = (String) item.get("key");
            if (!key.startsWith("statistics.")) {
                continue;
            }
            seen.add(key);
            List<String> names = FIELDS.get(key);
            assertNotNull(names, "a statistics figure the test does not know: " + key);
            Map<String, Object> row = json(given().header("Authorization", bearer).urlEncodingEnabled(false)
                    .when().get((String) item.get("source")).then().statusCode(200).extract().asString())
                    .getMap("rows[0]");
            List<?> rowSuppressed = (List<?>) row.get("suppressed");
            Object value = row.get(names.get(0));
            Object outOf = names.get(1) == null ? null : row.get(names.get(1));
            Object share = names.get(2) != null ? row.get(names.get(2)) : round4(value, outOf);
            assertEquals(number(value), number(item.get("value")), key + ".value = " + names.get(0));
            assertEquals(number(outOf), number(item.get("outOf")), key + ".outOf = " + names.get(1));
            assertEquals(number(share), number(item.get("share")), key + ".share");
            List<String> suppressed = new ArrayList<>();
            if (rowSuppressed.contains(names.get(0))) {
                suppressed.add("value");
            }
            if (names.get(1) != null && rowSuppressed.contains(names.get(1))) {
                suppressed.add("outOf");
            }
            if (names.get(2) != null ? rowSuppressed.contains(names.get(2)) : !suppressed.isEmpty()) {
                suppressed.add("share");
            }
            assertEquals(suppressed, item.get("suppressed"), key + ".suppressed");
        }
        assertEquals(FIELDS.keySet().stream().sorted().toList(), seen, "the statistics figures, in key order");
    }

    private static Double round4(Object value, Object outOf) {
        if (value == null || outOf == null || ((Number) outOf).doubleValue() == 0) {
            return null;
        }
        return Math.round(10000.0 * ((Number) value).doubleValue() / ((Number) outOf).doubleValue()) / 10000.0;
    }

    /** JSON with decimals as doubles (rest-assured reads them as floats by default). */
    static JsonPath json(String body) {
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    static JsonPath list(String bearer) {
        return json(given().header("Authorization", bearer).when().get("/v1/live-figures").then().statusCode(200)
                .extract().asString());
    }

    static Map<String, Object> figure(JsonPath figures, String key) {
        List<Map<String, Object>> items = figures.getList("items");
        return items.stream().filter(i -> key.equals(i.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key));
    }

    static Object value(JsonPath figures, String key) {
        return figure(figures, key).get("value");
    }

    private static List<String> fields(String value, String outOf, String share) {
        List<String> l = new ArrayList<>();
        l.add(value);
        l.add(outOf);
        l.add(share);
        return l;
    }

    /** A number as the CSV writes it (plain, no trailing zeros), or "" for null. */
    private static String number(Object n) {
        return n == null ? "" : BigDecimal.valueOf(((Number) n).doubleValue()).stripTrailingZeros().toPlainString();
    }

    private static String cell(List<String> header, List<String> row, String column) {
        int k = header.indexOf(column);
        assertTrue(k >= 0, "no CSV column " + column + " in " + header);
        return row.get(k);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }
}
