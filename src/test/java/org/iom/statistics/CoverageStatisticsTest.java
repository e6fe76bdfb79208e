package org.iom.statistics;

import static org.iom.statistics.StatisticsTestSupport.as;
import static org.iom.statistics.StatisticsTestSupport.assertGroups;
import static org.iom.statistics.StatisticsTestSupport.assertRow;
import static org.iom.statistics.StatisticsTestSupport.get;
import static org.iom.statistics.StatisticsTestSupport.ids;
import static org.iom.statistics.StatisticsTestSupport.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iom.common.LiveFigure;
import org.iom.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coverage of a known fixture, asOf 2026-06-30, 6 months (window 2025-12-31..2026-06-30), minShare 0.5:
 * <pre>
 * C1 west-midlands: 10 active, 6 reviewed in the window                                       -> 0.6, measures
 * C2 west-midlands: 10 active, 2 reviewed in the window; 3 reviewed 2025-12-30 (before it); 1 reviewed in it but
 *                   that review is superseded by a correction dated 2025-11-01                 -> 0.2, does not
 * C3 kent:           6 active, 3 reviewed; 2 exited cases reviewed in the window (not active)   -> 0.5, measures
 * C4 kent, CLOSED:   5 active, all reviewed: a closed scheme does not count
 * forces: west-midlands 8 of 20 = 0.4 (does not measure), kent 3 of 6 = 0.5 (measures)
 * </pre>
 */
@QuarkusTest
class CoverageStatisticsTest {

    @Inject AgroalDataSource dataSource;
    @Inject Instance<LiveFigure> figures;

    StatisticsFixture f;
    UUID c1;
    UUID c2;
    UUID c3;
    UUID c4;
    List<String> all;

    @BeforeEach
    void fixture() {
        f = new StatisticsFixture(dataSource);
        c1 = f.scheme("C1", "Birmingham IOM", "west-midlands", "N52");
        c2 = f.scheme("C2", "Dudley IOM", "west-midlands", "N52");
        c3 = f.scheme("C3", "Medway IOM", "kent", "N57");
        c4 = f.scheme("C4", "Old Kent IOM", "kent", "N57", "CLOSED");
        LocalDate selected = LocalDate.of(2024, 1, 1);
        LocalDate inWindow = LocalDate.of(2026, 3, 1);
        UUID[] one = f.people(10, c1, "FIXED", selected, null);
        for (int i = 0; i < 6; i++) {
            f.review(one[i], c1, inWindow, "REDUCED", "REDUCED", false);
        }
        UUID[] two = f.people(10, c2, "FIXED", selected, null);
        f.review(two[0], c2, inWindow, "REDUCED", "REDUCED", false);
        f.review(two[1], c2, LocalDate.of(2025, 12, 31), "REDUCED", "REDUCED", false);
        for (int i = 2; i < 5; i++) {
            f.review(two[i], c2, LocalDate.of(2025, 12, 30), "REDUCED", "REDUCED", false);
        }
        UUID wrong = f.review(two[5], c2, LocalDate.of(2026, 2, 1), "REDUCED", "REDUCED", false);
        f.review(two[5], c2, LocalDate.of(2025, 11, 1), "REDUCED", "REDUCED", false,
                Instant.parse("2026-02-02T10:00:00Z"), wrong);
        UUID[] three = f.people(6, c3, "FLEX", selected, null);
        for (int i = 0; i < 3; i++) {
            f.review(three[i], c3, inWindow, "REDUCED", "REDUCED", false);
        }
        for (UUID gone : f.people(2, c3, "FLEX", selected, LocalDate.of(2026, 5, 1))) {
            f.review(gone, c3, inWindow, "REDUCED", "REDUCED", false);
        }
        for (UUID c : f.people(5, c4, "FIXED", selected, null)) {
            f.review(c, c4, inWindow, "REDUCED", "REDUCED", false);
        }
        all = ids(c1, c2, c3, c4);
    }

    JsonPath coverage(String groupBy, Object... more) {
        Object[] query = new Object[8 + more.length];
        System.arraycopy(new Object[] {"asOf", "2026-06-30", "months", "6", "groupBy", groupBy, "schemeId", all}, 0,
                query, 0, 8);
        System.arraycopy(more, 0, query, 8, more.length);
        return get(as(Roles.ANALYST), "coverage", query);
    }

    @Test
    void byScheme() {
        JsonPath json = coverage("SCHEME");
        assertEquals("2026-06-30", json.getString("asOf"));
        assertEquals(6, json.getInt("months"));
        assertEquals("2025-12-31", json.getString("from"));
        assertEquals("2026-06-30", json.getString("to"));
        assertEquals(0.5, json.getDouble("minShare"));
        assertGroups(json, c1.toString(), c2.toString(), c3.toString());
        var rows = rows(json);
        assertRow(rows.get(0), c1.toString(), "Birmingham IOM (" + f.code("C1") + ")", "schemes", 1,
                "schemesMeasuring", 1, "forces", 1, "forcesMeasuring", 0, "activeCases", 10, "casesReviewed", 6,
                "reviewedShare", 0.6);
        assertRow(rows.get(1), c2.toString(), null, "schemes", 1, "schemesMeasuring", 0, "forces", 1,
                "forcesMeasuring", 0, "activeCases", 10, "casesReviewed", null, "reviewedShare", null);
        assertRow(rows.get(2), c3.toString(), null, "schemes", 1, "schemesMeasuring", 1, "forces", 1,
                "forcesMeasuring", 1, "activeCases", 6, "casesReviewed", null, "reviewedShare", null);
    }

    @Test
    void byForce() {
        JsonPath json = coverage("FORCE");
        assertGroups(json, "kent", "west-midlands");
        // kent's 3 reviewed are withheld, so west-midlands' 8 are too (they add up to the national 11).
        assertRow(rows(json).get(0), "kent", "Kent Police", "schemes", 1, "schemesMeasuring", 1, "forces", 1,
                "forcesMeasuring", 1, "activeCases", 6, "casesReviewed", null, "reviewedShare", null);
        assertRow(rows(json).get(1), "west-midlands", "West Midlands Police", "schemes", 2, "schemesMeasuring", 1,
                "forces", 1, "forcesMeasuring", 0, "activeCases", 20, "casesReviewed", null, "reviewedShare", null);
    }

    @Test
    void byRegionAndNation() {
        JsonPath region = coverage("REGION");
        assertGroups(region, "N52", "N57");
        assertRow(rows(region).get(0), "N52", "West Midlands", "schemes", 2, "schemesMeasuring", 1, "forces", 1,
                "forcesMeasuring", 0, "activeCases", 20, "casesReviewed", null, "reviewedShare", null);
        JsonPath nation = coverage("NATION");
        assertRow(rows(nation).get(0), "national", "England and Wales", "schemes", 3, "schemesMeasuring", 2,
                "forces", 2, "forcesMeasuring", 1, "activeCases", 26, "casesReviewed", 11, "reviewedShare", 0.4231);
    }

    @Test
    void minShareAndMonthsChangeTheAnswer() {
        assertRow(rows(coverage("NATION", "minShare", "0.6")).get(0), "national", null, "schemes", 3,
                "schemesMeasuring", 1, "forces", 2, "forcesMeasuring", 0, "activeCases", 26, "casesReviewed", 11,
                "reviewedShare", 0.4231);
        JsonPath month = get(as(Roles.ANALYST), "coverage", "asOf", "2026-06-30", "months", "1", "schemeId", all);
        assertEquals("2026-05-31", month.getString("from"));
        assertRow(rows(month).get(0), "national", null, "schemes", 3, "schemesMeasuring", 0, "forces", 2,
                "forcesMeasuring", 0, "activeCases", 26, "casesReviewed", null, "reviewedShare", null);
    }

    @Test
    void practitionerSeesOwnSchemes() {
        JsonPath json = get(as(Roles.PRACTITIONER, f.code("C1"), f.code("C2")), "coverage", "asOf", "2026-06-30",
                "months", "6");
        assertRow(rows(json).get(0), "national", null, "schemes", 2, "schemesMeasuring", 1, "forces", 1,
                "forcesMeasuring", 0, "activeCases", 20, "casesReviewed", 8, "reviewedShare", 0.4);
    }

    @Test
    void nationallyEveryOneOfThe43ForcesCounts() {
        JsonPath json = get(as(Roles.OVERSIGHT), "coverage");
        var national = rows(json).get(0);
        assertEquals(43, national.get("forces"));
        assertTrue((Integer) national.get("schemes") >= 3);
        assertTrue((Integer) national.get("forcesMeasuring") <= 43);
        assertEquals(1, get(as(Roles.OVERSIGHT), "coverage", "policeForceId", "gwent").getInt("rows[0].forces"));
    }

    @Test
    void liveFigureCountsForcesMeasuringImpactOutOf43() {
        LiveFigure figure = figures.stream().filter(x -> x.key().equals("statistics.coverage.forces")).findFirst()
                .orElseThrow();
        LiveFigure.Value value = figure.current();
        JsonPath json = get(as(Roles.ANALYST), "coverage");
        assertEquals(43.0, value.outOf());
        assertEquals(json.getInt("rows[0].forcesMeasuring"), value.value().intValue());
        assertEquals(value.value().intValue() + " of 43 forces measure impact", value.label());
        assertEquals("12", value.parameters().get("months"));
        assertEquals("0.5", value.parameters().get("minShare"));
        assertTrue(figure.description().contains("43"));
    }
}
