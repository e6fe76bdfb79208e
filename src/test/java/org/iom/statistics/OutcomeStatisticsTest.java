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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iom.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outcome figures of a known fixture, period 2026-01-01..2026-06-30. Each case counts once, with its latest review in
 * the period that no other review supersedes.
 * <pre>
 * P west-midlands N52, FIXED cases 1-14 (each counted once):
 *   1-5   REDUCED / REDUCED / not proven (latest, 2026-05-01); each also has an earlier review in the period
 *         (2026-02-01, INCREASED / INCREASED / proven) that must not count
 *   6-12  STAYED_THE_SAME / STAYED_THE_SAME / proven
 *         case 6: a later review (2026-06-10, INCREASED) is superseded by a correction dated 2026-02-15 -> ignored
 *         case 7: reviews on 2025-12-31 and 2026-07-01 (INCREASED) are outside the period
 *         case 8: two reviews on the same day; the one recorded later (STAYED) wins over INCREASED
 *   13-14 INCREASED / STAYED_THE_SAME / proven
 *   FLEX case 15: only a review outside the period; FLEX case 16: its only review in the period is superseded by a
 *   review dated after the period -> neither counts
 * Q kent N57: 3 FLEX cases, INCREASED frequency; seriousness 1 REDUCED, 2 STAYED_THE_SAME; all proven
 * R staffordshire N52: 2 FIXED cases, REDUCED / REDUCED / not proven
 * </pre>
 */
@QuarkusTest
class OutcomeStatisticsTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);
    static final Instant EARLY = Instant.parse("2026-06-01T09:00:00Z");
    static final Instant LATE = Instant.parse("2026-06-02T09:00:00Z");

    @Inject AgroalDataSource dataSource;

    StatisticsFixture f;
    UUID p;
    UUID q;
    UUID r;
    List<String> all;

    @BeforeEach
    void fixture() {
        f = new StatisticsFixture(dataSource);
        p = f.scheme("P", "Birmingham IOM", "west-midlands", "N52");
        q = f.scheme("Q", "Medway IOM", "kent", "N57");
        r = f.scheme("R", "Stoke IOM", "staffordshire", "N52");
        LocalDate selected = LocalDate.of(2025, 1, 1);
        UUID[] fixed = f.people(14, p, "FIXED", selected, null);
        for (int i = 0; i < 5; i++) {
            f.review(fixed[i], p, LocalDate.of(2026, 2, 1), "INCREASED", "INCREASED", true);
            f.review(fixed[i], p, LocalDate.of(2026, 5, 1), "REDUCED", "REDUCED", false);
        }
        for (int i = 5; i < 12; i++) {
            f.review(fixed[i], p, LocalDate.of(2026, 3, 1), "STAYED_THE_SAME", "STAYED_THE_SAME", true);
        }
        UUID wrong = f.review(fixed[5], p, LocalDate.of(2026, 6, 10), "INCREASED", "INCREASED", false);
        f.review(fixed[5], p, LocalDate.of(2026, 2, 15), "STAYED_THE_SAME", "STAYED_THE_SAME", true, LATE, wrong);
        f.review(fixed[6], p, LocalDate.of(2025, 12, 31), "INCREASED", "INCREASED", false);
        f.review(fixed[6], p, LocalDate.of(2026, 7, 1), "INCREASED", "INCREASED", false);
        f.review(fixed[7], p, LocalDate.of(2026, 4, 2), "INCREASED", "INCREASED", false, EARLY, null);
        f.review(fixed[7], p, LocalDate.of(2026, 4, 2), "STAYED_THE_SAME", "STAYED_THE_SAME", true, LATE, null);
        for (int i = 12; i < 14; i++) {
            f.review(fixed[i], p, LocalDate.of(2026, 4, 1), "INCREASED", "STAYED_THE_SAME", true);
        }
        UUID c15 = f.person(p, "FLEX", selected, null);
        f.review(c15, p, LocalDate.of(2025, 11, 1), "REDUCED", "REDUCED", false);
        UUID c16 = f.person(p, "FLEX", selected, null);
        UUID superseded = f.review(c16, p, LocalDate.of(2026, 3, 3), "REDUCED", "REDUCED", false);
        f.review(c16, p, LocalDate.of(2026, 7, 5), "REDUCED", "REDUCED", false, LATE, superseded);

        UUID[] flex = f.people(3, q, "FLEX", selected, null);
        f.review(flex[0], q, LocalDate.of(2026, 3, 1), "INCREASED", "REDUCED", true);
        f.review(flex[1], q, LocalDate.of(2026, 3, 1), "INCREASED", "STAYED_THE_SAME", true);
        f.review(flex[2], q, LocalDate.of(2026, 3, 1), "INCREASED", "STAYED_THE_SAME", true);
        for (UUID c : f.people(2, r, "FIXED", selected, null)) {
            f.review(c, r, LocalDate.of(2026, 6, 30), "REDUCED", "REDUCED", false);
        }
        all = ids(p, q, r);
    }

    JsonPath outcomes(String groupBy, Object... more) {
        Object[] query = new Object[8 + more.length];
        System.arraycopy(new Object[] {"from", FROM.toString(), "to", TO.toString(), "groupBy", groupBy, "schemeId",
                all}, 0, query, 0, 8);
        System.arraycopy(more, 0, query, 8, more.length);
        return get(as(Roles.ANALYST), "outcomes", query);
    }

    @Test
    void bySchemeEachCaseOnceWithComplementarySuppression() {
        JsonPath json = outcomes("SCHEME");
        assertEquals("2026-01-01", json.getString("from"));
        assertEquals("2026-06-30", json.getString("to"));
        assertGroups(json, p.toString(), q.toString(), r.toString());
        var rows = rows(json);
        // P: 14 cases; frequency 5/7/2 -> INCREASED (2) withheld, and REDUCED with it (else 14 - 7 - x reveals it);
        // seriousness 5/9/0 -> INCREASED (0) withheld and REDUCED with it; proven 9 of 14 (5 did not reoffend: shown).
        assertRow(rows.get(0), p.toString(), "Birmingham IOM (" + f.code("P") + ")", "casesReviewed", 14,
                "frequencyReduced", null, "frequencyReducedShare", null,
                "frequencyStayedTheSame", 7, "frequencyStayedTheSameShare", 0.5,
                "frequencyIncreased", null, "frequencyIncreasedShare", null,
                "seriousnessReduced", null, "seriousnessReducedShare", null,
                "seriousnessStayedTheSame", 9, "seriousnessStayedTheSameShare", 0.6429,
                "seriousnessIncreased", null, "seriousnessIncreasedShare", null,
                "provenReoffending", 9, "provenReoffendingRate", 0.6429);
        assertRow(rows.get(1), q.toString(), null, allWithheld());
        assertRow(rows.get(2), r.toString(), null, allWithheld());
    }

    @Test
    void byForce() {
        JsonPath json = outcomes("FORCE");
        assertGroups(json, "kent", "staffordshire", "west-midlands");
        var rows = rows(json);
        assertRow(rows.get(0), "kent", "Kent Police", allWithheld());
        assertRow(rows.get(1), "staffordshire", "Staffordshire Police", allWithheld());
        assertEquals(14, rows.get(2).get("casesReviewed"));
        assertEquals(9, rows.get(2).get("provenReoffending"));
    }

    @Test
    void byRegionALoneSmallRegionHidesTheOther() {
        // N57 (3 cases) is withheld; N52 (16) would give it away against the national total, so N52's counts go too.
        JsonPath json = outcomes("REGION");
        assertGroups(json, "N52", "N57");
        assertRow(rows(json).get(0), "N52", "West Midlands", allWithheld());
        assertRow(rows(json).get(1), "N57", "Kent, Surrey and Sussex", allWithheld());
    }

    @Test
    void byCohort() {
        JsonPath json = outcomes("COHORT");
        assertGroups(json, "FIXED", "FLEX", "FREE");
        var rows = rows(json);
        // FIXED = P's 14 + R's 2: frequency 7/7/2, seriousness 7/9/0, proven 9.
        assertRow(rows.get(0), "FIXED", "Fixed", "casesReviewed", 16,
                "frequencyReduced", null, "frequencyReducedShare", null,
                "frequencyStayedTheSame", 7, "frequencyStayedTheSameShare", 0.4375,
                "frequencyIncreased", null, "frequencyIncreasedShare", null,
                "seriousnessReduced", null, "seriousnessReducedShare", null,
                "seriousnessStayedTheSame", 9, "seriousnessStayedTheSameShare", 0.5625,
                "seriousnessIncreased", null, "seriousnessIncreasedShare", null,
                "provenReoffending", 9, "provenReoffendingRate", 0.5625);
        assertRow(rows.get(1), "FLEX", "Flex", allWithheld());
        assertRow(rows.get(2), "FREE", "Free", allWithheld());
    }

    @Test
    void nationally() {
        JsonPath json = outcomes("NATION");
        // 19 cases: frequency 7/7/5, seriousness 8/11/0 (INCREASED and, with it, REDUCED withheld), proven 12.
        assertRow(rows(json).get(0), "national", "England and Wales", "casesReviewed", 19,
                "frequencyReduced", 7, "frequencyReducedShare", 0.3684,
                "frequencyStayedTheSame", 7, "frequencyStayedTheSameShare", 0.3684,
                "frequencyIncreased", 5, "frequencyIncreasedShare", 0.2632,
                "seriousnessReduced", null, "seriousnessReducedShare", null,
                "seriousnessStayedTheSame", 11, "seriousnessStayedTheSameShare", 0.5789,
                "seriousnessIncreased", null, "seriousnessIncreasedShare", null,
                "provenReoffending", 12, "provenReoffendingRate", 0.6316);
    }

    @Test
    void provenReoffendingIsWithheldWhenAlmostEveryoneReoffended() {
        // FIXED cases of P only, cases 6-14 reviewed in March/April: 9 cases, all proven -> "all 9 reoffended".
        JsonPath json = get(as(Roles.OVERSIGHT), "outcomes", "from", "2026-02-10", "to", "2026-04-30", "schemeId",
                ids(p), "cohort", "FIXED");
        assertEquals("FIXED", json.getString("filters.cohort"));
        var row = rows(json).get(0);
        assertEquals(9, row.get("casesReviewed"));
        assertEquals(null, row.get("provenReoffending"));
        assertEquals(null, row.get("provenReoffendingRate"));
        // Seriousness: REDUCED and INCREASED are both 0 (withheld), so STAYED_THE_SAME = 9 = all would reveal them.
        assertEquals(null, row.get("seriousnessStayedTheSame"));
        assertEquals(7, row.get("frequencyStayedTheSame"));
        assertEquals(List.of("frequencyReduced", "frequencyReducedShare", "frequencyIncreased",
                "frequencyIncreasedShare", "seriousnessReduced", "seriousnessReducedShare", "seriousnessStayedTheSame",
                "seriousnessStayedTheSameShare", "seriousnessIncreased", "seriousnessIncreasedShare",
                "provenReoffending", "provenReoffendingRate"), row.get("suppressed"));
    }

    @Test
    void practitionerSeesOwnSchemesOnly() {
        JsonPath json = get(as(Roles.PRACTITIONER, f.code("P")), "outcomes", "from", FROM.toString(), "to",
                TO.toString(), "groupBy", "NATION");
        assertEquals(14, rows(json).get(0).get("casesReviewed"));
    }

    static Object[] allWithheld() {
        return new Object[] {"casesReviewed", null, "frequencyReduced", null, "frequencyReducedShare", null,
                "frequencyStayedTheSame", null, "frequencyStayedTheSameShare", null, "frequencyIncreased", null,
                "frequencyIncreasedShare", null, "seriousnessReduced", null, "seriousnessReducedShare", null,
                "seriousnessStayedTheSame", null, "seriousnessStayedTheSameShare", null, "seriousnessIncreased", null,
                "seriousnessIncreasedShare", null, "provenReoffending", null, "provenReoffendingRate", null};
    }
}
