package org.iom.statistics;

import static org.hamcrest.Matchers.equalTo;
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
import java.util.List;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Caseload figures of a known fixture at every level (asOf 2026-06-30, period 2026-01-01..2026-06-30):
 * <pre>
 * A west-midlands N52: 10 FIXED active (selected 2025-05-01); 6 FLEX selected 2026-02-01, active;
 *                      3 FIXED exited 2026-03-01; 1 FREE selected 2026-07-15 (after asOf)    -> 16 active, 6 sel, 3 exit
 * B west-midlands N52: 7 FIXED active since 2024; 5 FIXED selected 2026-01-01, exited 2026-06-30 -> 7, 5, 5
 * C staffordshire N52: 2 FLEX selected 2026-03-01; 8 FREE since 2023, exited 2026-07-01       -> 10, 2, 0
 * D kent N57:          20 FIXED since 2025-06-01; 5 FIXED exited 2025-12-31                    -> 20, 0, 0
 * </pre>
 */
@QuarkusTest
class CaseloadStatisticsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Inject AgroalDataSource dataSource;

    StatisticsFixture f;
    UUID a;
    UUID b;
    UUID c;
    UUID d;
    List<String> all;

    @BeforeEach
    void fixture() {
        f = new StatisticsFixture(dataSource);
        a = f.scheme("A", "Birmingham, \"central\" IOM", "west-midlands", "N52");
        b = f.scheme("B", "Coventry IOM", "west-midlands", "N52");
        c = f.scheme("C", "Stoke IOM", "staffordshire", "N52");
        d = f.scheme("D", "Medway IOM", "kent", "N57");
        f.people(10, a, "FIXED", LocalDate.of(2025, 5, 1), null);
        f.people(6, a, "FLEX", LocalDate.of(2026, 2, 1), null);
        f.people(3, a, "FIXED", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1));
        f.people(1, a, "FREE", LocalDate.of(2026, 7, 15), null);
        f.people(7, b, "FIXED", LocalDate.of(2024, 1, 1), null);
        f.people(5, b, "FIXED", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        f.people(2, c, "FLEX", LocalDate.of(2026, 3, 1), null);
        f.people(8, c, "FREE", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 7, 1));
        f.people(20, d, "FIXED", LocalDate.of(2025, 6, 1), null);
        f.people(5, d, "FIXED", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31));
        all = ids(a, b, c, d);
    }

    JsonPath caseload(String groupBy, Object... more) {
        Object[] query = new Object[8 + more.length];
        System.arraycopy(new Object[] {"asOf", AS_OF.toString(), "from", "2026-01-01", "to", "2026-06-30", "groupBy",
                groupBy}, 0, query, 0, 8);
        System.arraycopy(more, 0, query, 8, more.length);
        return get(as(Roles.ANALYST), "caseload", query);
    }

    @Test
    void bySchemeWithPrimarySuppression() {
        JsonPath json = caseload("SCHEME", "schemeId", all);
        assertEquals("2026-06-30", json.getString("asOf"));
        assertEquals("2026-01-01", json.getString("from"));
        assertEquals("2026-06-30", json.getString("to"));
        assertEquals("SCHEME", json.getString("groupBy"));
        assertEquals(5, json.getInt("suppressionThreshold"));
        assertEquals(all, json.getList("filters.schemeId"));
        assertGroups(json, a.toString(), b.toString(), c.toString(), d.toString());
        var rows = rows(json);
        assertRow(rows.get(0), a.toString(), "Birmingham, \"central\" IOM (" + f.code("A") + ")",
                "active", 16, "selected", 6, "exited", null);
        assertRow(rows.get(1), b.toString(), "Coventry IOM (" + f.code("B") + ")", "active", 7, "selected", 5,
                "exited", 5);
        assertRow(rows.get(2), c.toString(), null, "active", 10, "selected", null, "exited", null);
        assertRow(rows.get(3), d.toString(), null, "active", 20, "selected", null, "exited", null);
    }

    @Test
    void byForce() {
        JsonPath json = caseload("FORCE", "schemeId", all);
        assertGroups(json, "kent", "staffordshire", "west-midlands");
        var rows = rows(json);
        assertRow(rows.get(0), "kent", "Kent Police", "active", 20, "selected", null, "exited", null);
        assertRow(rows.get(1), "staffordshire", "Staffordshire Police", "active", 10, "selected", null, "exited", null);
        assertRow(rows.get(2), "west-midlands", "West Midlands Police", "active", 23, "selected", 11, "exited", 8);
    }

    @Test
    void byRegionWithholdsTheComplementOfALoneSuppressedRow() {
        // N57 withholds selected (0) and exited (0); N52's would reveal them by subtraction from the national total.
        JsonPath json = caseload("REGION", "schemeId", all);
        assertGroups(json, "N52", "N57");
        var rows = rows(json);
        assertRow(rows.get(0), "N52", "West Midlands", "active", 33, "selected", null, "exited", null);
        assertRow(rows.get(1), "N57", "Kent, Surrey and Sussex", "active", 20, "selected", null, "exited", null);
    }

    @Test
    void byCohort() {
        JsonPath json = caseload("COHORT", "schemeId", all);
        assertGroups(json, "FIXED", "FLEX", "FREE");
        var rows = rows(json);
        // FREE withholds selected (0) alone, so the smallest other shown value (FIXED, 5) is withheld too.
        assertRow(rows.get(0), "FIXED", "Fixed", "active", 37, "selected", null, "exited", 8);
        assertRow(rows.get(1), "FLEX", "Flex", "active", 8, "selected", 8, "exited", null);
        assertRow(rows.get(2), "FREE", "Free", "active", 8, "selected", null, "exited", null);
    }

    @Test
    void nationally() {
        JsonPath json = caseload("NATION", "schemeId", all);
        assertGroups(json, "national");
        assertRow(rows(json).get(0), "national", "England and Wales", "active", 53, "selected", 13, "exited", 8);
    }

    @Test
    void filtersByCohortForceAndRegion() {
        assertRow(rows(caseload("NATION", "schemeId", all, "cohort", "FLEX")).get(0), "national", null,
                "active", 8, "selected", 8, "exited", null);
        JsonPath force = caseload("SCHEME", "schemeId", all, "policeForceId", "west-midlands");
        assertGroups(force, a.toString(), b.toString());
        JsonPath region = caseload("NATION", "schemeId", all, "probationRegionCode", "N52");
        assertRow(rows(region).get(0), "national", null, "active", 33, "selected", 13, "exited", 8);
        assertEquals("N52", region.getString("filters.probationRegionCode"));
    }

    @Test
    void practitionersSeeOnlyTheirOwnSchemes() {
        JsonPath json = get(as(Roles.PRACTITIONER, f.code("A"), f.code("B")), "caseload", "asOf", "2026-06-30",
                "from", "2026-01-01", "to", "2026-06-30");
        assertRow(rows(json).get(0), "national", null, "active", 23, "selected", 11, "exited", 8);
        JsonPath bySchemes = get(as(Roles.PRACTITIONER, f.code("A"), f.code("B")), "caseload", "asOf", "2026-06-30",
                "groupBy", "SCHEME");
        assertGroups(bySchemes, a.toString(), b.toString());
    }

    @Test
    void anotherSchemesFiguresAre403ToAPractitionerAndAnUnknownSchemeIs400() {
        // The scheme exists (GET /v1/schemes/{id} shows it to every role), so it is a 403, as selecting onto it is.
        as(Roles.PRACTITIONER, f.code("A")).queryParam("schemeId", a.toString(), d.toString())
                .when().get("/v1/statistics/caseload")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://iom.service.justice.gov.uk/problems/forbidden"))
                .body("detail", equalTo("You may see the figures of your own schemes only (the token's schemes "
                        + "claim); " + f.code("D") + " is not among them."));
        // An id that names no scheme stays a 400 naming it, for a practitioner too, even beside a forbidden one.
        String unknown = UUID.randomUUID().toString();
        as(Roles.PRACTITIONER, f.code("A")).queryParam("schemeId", d.toString(), unknown)
                .when().get("/v1/statistics/needs")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("schemeId")))
                .body("errors[0].message", equalTo("no scheme " + unknown));
        // Their own scheme, named, is answered.
        as(Roles.PRACTITIONER, f.code("A")).queryParam("schemeId", a.toString())
                .when().get("/v1/statistics/caseload")
                .then().statusCode(200);
    }

    @Test
    void csvIsTheSameTable() {
        String csv = as(Roles.OVERSIGHT).accept("text/csv")
                .queryParam("asOf", "2026-06-30").queryParam("from", "2026-01-01").queryParam("to", "2026-06-30")
                .queryParam("groupBy", "SCHEME").queryParam("schemeId", List.of(a.toString(), b.toString()))
                .when().get("/v1/statistics/caseload")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertEquals("group,label,active,selected,exited,suppressed\r\n"
                + a + ",\"Birmingham, \"\"central\"\" IOM (" + f.code("A") + ")\",16,6,,exited\r\n"
                + b + ",Coventry IOM (" + f.code("B") + "),7,5,,exited\r\n", csv);
    }

    @Test
    void defaultsToTodayAndTheYearBefore() {
        JsonPath json = get(as(Roles.ADMIN), "caseload", "schemeId", ids(d));
        LocalDate today = LocalDate.now(AppClock.UK);
        assertEquals(today.toString(), json.getString("asOf"));
        assertEquals(today.toString(), json.getString("to"));
        assertEquals(today.minusYears(1).plusDays(1).toString(), json.getString("from"));
        assertEquals("NATION", json.getString("groupBy"));
        assertEquals(20, json.getInt("rows[0].active"));
    }
}
