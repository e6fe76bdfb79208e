package org.iom.statistics;

import static org.iom.statistics.StatisticsTestSupport.as;
import static org.iom.statistics.StatisticsTestSupport.assertGroups;
import static org.iom.statistics.StatisticsTestSupport.assertRow;
import static org.iom.statistics.StatisticsTestSupport.get;
import static org.iom.statistics.StatisticsTestSupport.ids;
import static org.iom.statistics.StatisticsTestSupport.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Needs profile of a known fixture, asOf 2026-06-30. Scheme X (west-midlands, N52):
 * <pre>
 * cases 1-10  FIXED, active: assessed 2025-01-01 (no needs), reassessed 2026-01-01: accommodation STANDARD (1-5) or
 *             SEVERE (6-10), drug misuse SEVERE; case 1 reassessed again 2026-08-01 (after asOf: ignored)
 * cases 11-12 FIXED, active: only the 2025-01-01 assessment (no needs)
 * case 13     FIXED, exited 2026-03-01, everything SEVERE (not active: ignored)
 * case 14     FLEX, active, never assessed
 * </pre>
 */
@QuarkusTest
class NeedsStatisticsTest {

    @Inject AgroalDataSource dataSource;

    StatisticsFixture f;
    UUID x;

    @BeforeEach
    void fixture() {
        f = new StatisticsFixture(dataSource);
        x = f.scheme("X", "Wolverhampton IOM", "west-midlands", "N52");
        UUID[] cases = f.people(12, x, "FIXED", LocalDate.of(2024, 1, 1), null);
        for (int i = 0; i < 12; i++) {
            f.needs(cases[i], x, LocalDate.of(2025, 1, 1), Map.of());
        }
        for (int i = 0; i < 10; i++) {
            f.needs(cases[i], x, LocalDate.of(2026, 1, 1),
                    Map.of("ACCOMMODATION", i < 5 ? "STANDARD" : "SEVERE", "DRUG_MISUSE", "SEVERE"));
        }
        f.needs(cases[0], x, LocalDate.of(2026, 8, 1), Map.of());
        UUID exited = f.person(x, "FIXED", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 1));
        Map<String, String> severe = new HashMap<>();
        NeedsFigure.AREAS.forEach(a -> severe.put(a, "SEVERE"));
        f.needs(exited, x, LocalDate.of(2026, 1, 1), severe);
        f.person(x, "FLEX", LocalDate.of(2026, 1, 1), null);
    }

    /** The ten rows of one group: accommodation and drug misuse have figures, the other areas are all "no need". */
    static void assertProfile(List<Map<String, Object>> rows, int offset, String group, long active) {
        for (int i = 0; i < 10; i++) {
            String area = NeedsFigure.AREAS.get(i);
            Map<String, Object> row = rows.get(offset + i);
            switch (area) {
                // 2 no need (withheld), 5 standard (withheld: it would give the 2 away), 5 severe of 12.
                case "ACCOMMODATION" -> assertRow(row, group, null, "needArea", area, "activeCases", active,
                        "assessed", 12, "noNeed", null, "noNeedShare", null, "standard", null, "standardShare", null,
                        "severe", 5, "severeShare", 0.4167);
                // 2 no need and 0 standard (withheld), 10 severe.
                case "DRUG_MISUSE" -> assertRow(row, group, null, "needArea", area, "activeCases", active,
                        "assessed", 12, "noNeed", null, "noNeedShare", null, "standard", null, "standardShare", null,
                        "severe", 10, "severeShare", 0.8333);
                // 12 no need, 0 and 0 withheld: 12 of 12 would show both zeros, so it is withheld too.
                default -> assertRow(row, group, null, "needArea", area, "activeCases", active, "assessed", 12,
                        "noNeed", null, "noNeedShare", null, "standard", null, "standardShare", null, "severe", null,
                        "severeShare", null);
            }
        }
    }

    @Test
    void nationalProfileFromEachActiveCasesLatestAssessment() {
        JsonPath json = get(as(Roles.ANALYST), "needs", "asOf", "2026-06-30", "schemeId", ids(x));
        assertEquals("2026-06-30", json.getString("asOf"));
        assertEquals("NATION", json.getString("groupBy"));
        var rows = rows(json);
        assertEquals(10, rows.size());
        assertEquals(NeedsFigure.AREAS, rows.stream().map(r -> r.get("needArea")).toList());
        assertProfile(rows, 0, "national", 13);
    }

    @Test
    void bySchemeForceAndRegion() {
        for (String[] level : new String[][] {{"SCHEME", x.toString(), "Wolverhampton IOM (" + f.code("X") + ")"},
                {"FORCE", "west-midlands", "West Midlands Police"}, {"REGION", "N52", "West Midlands"}}) {
            JsonPath json = get(as(Roles.OVERSIGHT), "needs", "asOf", "2026-06-30", "schemeId", ids(x), "groupBy",
                    level[0]);
            assertEquals(10, rows(json).size());
            assertEquals(level[2], rows(json).get(0).get("label"));
            assertProfile(rows(json), 0, level[1], 13);
        }
    }

    @Test
    void byCohort() {
        JsonPath json = get(as(Roles.ADMIN), "needs", "asOf", "2026-06-30", "schemeId", ids(x), "groupBy", "COHORT");
        var rows = rows(json);
        assertEquals(30, rows.size());
        assertProfile(rows, 0, "FIXED", 12);
        for (int i = 10; i < 30; i++) {
            assertRow(rows.get(i), i < 20 ? "FLEX" : "FREE", i < 20 ? "Flex" : "Free", "needArea",
                    NeedsFigure.AREAS.get(i % 10), "activeCases", null, "assessed", null, "noNeed", null,
                    "noNeedShare", null, "standard", null, "standardShare", null, "severe", null, "severeShare", null);
        }
    }

    @Test
    void anEarlierDateTakesTheAssessmentsOfThatDate() {
        // On 2025-06-30 the later-exited case was still active but not yet assessed; the twelve others had only
        // their no-need assessments (12 of 12: withheld with the two zeros it would reveal).
        JsonPath json = get(as(Roles.ANALYST), "needs", "asOf", "2025-06-30", "schemeId", ids(x), "cohort", "FIXED");
        assertEquals("FIXED", json.getString("filters.cohort"));
        assertRow(rows(json).get(0), "national", null, "needArea", "ACCOMMODATION", "activeCases", 13,
                "assessed", 12, "noNeed", null, "noNeedShare", null, "standard", null, "standardShare", null,
                "severe", null, "severeShare", null);
    }

    @Test
    void csvHasOneLinePerGroupAndArea() {
        String csv = as(Roles.ANALYST).accept("text/csv").queryParam("asOf", "2026-06-30")
                .queryParam("schemeId", x.toString())
                .when().get("/v1/statistics/needs").then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(11, lines.length);
        assertEquals("group,label,needArea,activeCases,assessed,noNeed,noNeedShare,standard,standardShare,severe,"
                + "severeShare,suppressed", lines[0]);
        assertEquals("national,England and Wales,ACCOMMODATION,13,12,,,,,5,0.4167,noNeed noNeedShare standard "
                + "standardShare", lines[1]);
    }

    @Test
    void groupsAreListed() {
        assertGroups(get(as(Roles.ANALYST), "needs", "schemeId", ids(x), "groupBy", "REGION"), "N52", "N52", "N52",
                "N52", "N52", "N52", "N52", "N52", "N52", "N52");
    }
}
