package org.iom.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.iom.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * The statistics are answered from write-time structures (V6, V17: {@code case_month}, the review and assessment
 * chains, the case facts copied onto reviews and assessments, all kept by triggers). This property test writes a random
 * history (cases, exits, cohort and subject category changes, reviews with back-dated and same-day ones, corrections,
 * assessments), changes it again afterwards, and checks every figure of every endpoint, per scheme, cohort and
 * category of data subject, for random dates and periods, against the definitions computed from scratch with plain SQL
 * over the base tables. Suppression is off
 * (threshold 0) so every figure is compared. Replay a failure with {@code -Diom.property.seed=N}.
 */
@QuarkusTest
@TestProfile(StatisticsEquivalenceTest.NoSuppression.class)
class StatisticsEquivalenceTest {

    public static class NoSuppression implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iom.statistics.suppression-threshold", "0");
        }
    }

    private static final String[] COHORTS = {"FIXED", "FLEX", "FREE"};
    /** Categories of data subject; null: the cohort's default (V13's trigger). */
    private static final String[] CATEGORIES = {"CONVICTED", "SUSPECTED", null};
    private static final String[] OUTCOMES = {"REDUCED", "STAYED_THE_SAME", "INCREASED"};
    private static final String[] LEVELS = {"NO_NEED", "STANDARD", "SEVERE"};
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 1000; // to 2026-09-27: before the test clock's today

    @Inject DataSource ds;

    @Test
    void everyFigureEqualsItsDefinitionComputedFromScratch() throws Exception {
        long seed = Long.getLong("iom.property.seed", System.nanoTime());
        System.out.println("StatisticsEquivalenceTest seed " + seed + " (replay with -Diom.property.seed=" + seed + ")");
        Random r = new Random(seed);
        StatisticsFixture fx = new StatisticsFixture(ds);
        List<UUID> schemes = List.of(fx.scheme("A", "Equivalence A", "west-midlands", "N52"),
                fx.scheme("B", "Equivalence B", "kent", "N57"), fx.scheme("C", "Equivalence C", "staffordshire", "N52"));

        List<UUID[]> cases = new ArrayList<>(); // {caseId, schemeId}
        Map<UUID, LocalDate> selected = new HashMap<>();
        List<UUID> reviews = new ArrayList<>();
        Map<UUID, UUID> caseOfReview = new HashMap<>();
        for (int i = 0; i < 90; i++) {
            UUID scheme = schemes.get(r.nextInt(schemes.size()));
            LocalDate sel = START.plusDays(r.nextInt(DAYS - 60));
            LocalDate exit = r.nextInt(3) == 0 ? null : sel.plusDays(r.nextInt(DAYS + 200));
            if (exit != null && exit.isAfter(START.plusDays(DAYS))) {
                exit = null;
            }
            UUID c = fx.person(scheme, COHORTS[r.nextInt(3)], CATEGORIES[r.nextInt(3)], sel, exit);
            cases.add(new UUID[] {c, scheme});
            selected.put(c, sel);
            history(r, fx, c, scheme, sel, reviews, caseOfReview);
        }
        // Later changes: exits, cohort and category changes, back-dated and same-day reviews, corrections,
        // re-assessments.
        for (int i = 0; i < 40; i++) {
            UUID[] pick = cases.get(r.nextInt(cases.size()));
            LocalDate sel = selected.get(pick[0]);
            switch (r.nextInt(6)) {
                case 0 -> update("update iom_case set status = 'EXITED', exited_on = ?, exit_reason = 'RISK_REDUCED' "
                        + "where id = ? and status = 'ACTIVE'", sel.plusDays(r.nextInt(300)), pick[0]);
                case 1 -> update("update iom_case set cohort = ? where id = ?", COHORTS[r.nextInt(3)], pick[0]);
                case 4 -> update("update iom_case set subject_category = ? where id = ?", CATEGORIES[r.nextInt(2)],
                        pick[0]);
                case 2 -> history(r, fx, pick[0], pick[1], sel, reviews, caseOfReview);
                case 3 -> {
                    if (!reviews.isEmpty()) {
                        UUID old = reviews.get(r.nextInt(reviews.size()));
                        if (count("select count(*) from outcome_review where supersedes_id = ?", old) == 0) {
                            UUID c = caseOfReview.get(old);
                            LocalDate on = selected.get(c).plusDays(r.nextInt(400));
                            fx.review(c, schemeOf(c), on, OUTCOMES[r.nextInt(3)], OUTCOMES[r.nextInt(3)], r.nextBoolean(),
                                    Instant.parse("2026-02-01T10:00:00Z").plusSeconds(r.nextInt(100_000)), old);
                        }
                    }
                }
                default -> update("update iom_case set status = 'ACTIVE', exited_on = null, exit_reason = null "
                        + "where id = ? and status = 'EXITED'", pick[0]);
            }
        }

        List<String> ids = schemes.stream().map(UUID::toString).toList();
        for (int q = 0; q < 12; q++) {
            LocalDate asOf = START.plusDays(r.nextInt(DAYS + 30));
            LocalDate from = START.plusDays(r.nextInt(DAYS));
            LocalDate to = from.plusDays(r.nextInt(500));
            if (r.nextInt(4) == 0) { // whole months too
                from = from.withDayOfMonth(1);
                to = to.withDayOfMonth(to.lengthOfMonth());
            }
            String where = "asOf " + asOf + ", from " + from + ", to " + to + ", seed " + seed;
            // COHORT/CATEGORY: by cohort, each broken down by category of data subject (bySubjectCategory).
            for (String groupBy : List.of("SCHEME", "COHORT", "COHORT/CATEGORY")) {
                String level = groupBy.substring(0, groupBy.indexOf('/') < 0 ? groupBy.length() : groupBy.indexOf('/'));
                String split = String.valueOf(groupBy.contains("/"));
                compare("caseload " + groupBy + " " + where, groupBy, expectedCaseload(asOf, from, to, groupBy, ids),
                        StatisticsTestSupport.get(StatisticsTestSupport.as(Roles.ANALYST), "caseload", "asOf", asOf.toString(),
                                "from", from.toString(), "to", to.toString(), "groupBy", level, "bySubjectCategory",
                                split, "schemeId", ids), null);
                compare("outcomes " + groupBy + " " + where, groupBy, expectedOutcomes(from, to, groupBy, ids),
                        StatisticsTestSupport.get(StatisticsTestSupport.as(Roles.ANALYST), "outcomes", "from", from.toString(),
                                "to", to.toString(), "groupBy", level, "bySubjectCategory", split, "schemeId", ids),
                        null);
                compare("needs " + groupBy + " " + where, groupBy, expectedNeeds(asOf, groupBy, ids),
                        StatisticsTestSupport.get(StatisticsTestSupport.as(Roles.ANALYST), "needs", "asOf", asOf.toString(),
                                "groupBy", level, "bySubjectCategory", split, "schemeId", ids), "needArea");
            }
            int months = 1 + r.nextInt(24);
            String cohort = COHORTS[r.nextInt(3)];
            compare("coverage " + where + ", months " + months, "SCHEME",
                    expectedCoverage(asOf, asOf.minusMonths(months).plusDays(1), ids, null, null),
                    StatisticsTestSupport.get(StatisticsTestSupport.as(Roles.ANALYST), "coverage", "asOf", asOf.toString(),
                            "months", months, "groupBy", "SCHEME", "schemeId", ids), null);
            compare("coverage cohort " + cohort + " " + where + ", months " + months, "SCHEME",
                    expectedCoverage(asOf, asOf.minusMonths(months).plusDays(1), ids, cohort, null),
                    StatisticsTestSupport.get(StatisticsTestSupport.as(Roles.ANALYST), "coverage", "asOf", asOf.toString(),
                            "months", months, "groupBy", "SCHEME", "schemeId", ids, "cohort", cohort), null);
            String category = CATEGORIES[r.nextInt(2)];
            compare("coverage category " + category + " " + where + ", months " + months, "SCHEME",
                    expectedCoverage(asOf, asOf.minusMonths(months).plusDays(1), ids, null, category),
                    StatisticsTestSupport.get(StatisticsTestSupport.as(Roles.ANALYST), "coverage", "asOf", asOf.toString(),
                            "months", months, "groupBy", "SCHEME", "schemeId", ids, "subjectCategory", category), null);
        }
    }

    private void history(Random r, StatisticsFixture fx, UUID c, UUID scheme, LocalDate sel, List<UUID> reviews,
            Map<UUID, UUID> caseOfReview) {
        for (int k = r.nextInt(5); k > 0; k--) {
            LocalDate on = sel.plusDays(r.nextInt(500));
            UUID id = fx.review(c, scheme, on, OUTCOMES[r.nextInt(3)], OUTCOMES[r.nextInt(3)], r.nextBoolean(),
                    Instant.parse("2026-01-01T10:00:00Z").plusSeconds(r.nextInt(3) * 3600L), null);
            reviews.add(id);
            caseOfReview.put(id, c);
        }
        for (int k = r.nextInt(4); k > 0; k--) {
            Map<String, String> needs = new HashMap<>();
            for (String area : NeedsFigure.AREAS) {
                needs.put(area, LEVELS[r.nextInt(3)]);
            }
            fx.needs(c, scheme, sel.plusDays(r.nextInt(600)), needs);
        }
    }

    // ---- expected figures, from the definitions over the base tables (docs/statistics.md) ----

    private Map<String, Map<String, Long>> expectedCaseload(LocalDate asOf, LocalDate from, LocalDate to,
            String groupBy, List<String> ids) throws SQLException {
        return table("select " + key(groupBy, "c") + """
                , count(*) filter (where selected_on <= ? and (exited_on is null or exited_on > ?)) as active,
                  count(*) filter (where selected_on between ? and ?) as selected,
                  count(*) filter (where exited_on between ? and ?) as exited
                from iom_case c where c.scheme_id::text = any(?) group by 1""",
                List.of("active", "selected", "exited"), asOf, asOf, from, to, from, to, ids.toArray(new String[0]));
    }

    private Map<String, Map<String, Long>> expectedOutcomes(LocalDate from, LocalDate to, String groupBy,
            List<String> ids) throws SQLException {
        return table("select " + key(groupBy, "c") + """
                , count(*) as cases_reviewed,
                  count(*) filter (where l.frequency = 'REDUCED'), count(*) filter (where l.frequency = 'STAYED_THE_SAME'),
                  count(*) filter (where l.frequency = 'INCREASED'), count(*) filter (where l.seriousness = 'REDUCED'),
                  count(*) filter (where l.seriousness = 'STAYED_THE_SAME'),
                  count(*) filter (where l.seriousness = 'INCREASED'), count(*) filter (where l.proven_reoffending)
                from (select distinct on (r.case_id) r.*
                      from outcome_review r
                      where r.reviewed_on between ? and ?
                        and not exists (select 1 from outcome_review s where s.supersedes_id = r.id)
                      order by r.case_id, r.reviewed_on desc, r.recorded_at desc, r.id desc) l
                join iom_case c on c.id = l.case_id
                where c.scheme_id::text = any(?) group by 1""",
                List.of("casesReviewed", "frequencyReduced", "frequencyStayedTheSame", "frequencyIncreased",
                        "seriousnessReduced", "seriousnessStayedTheSame", "seriousnessIncreased", "provenReoffending"),
                from, to, ids.toArray(new String[0]));
    }

    private Map<String, Map<String, Long>> expectedNeeds(LocalDate asOf, String groupBy, List<String> ids)
            throws SQLException {
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        for (String area : NeedsFigure.AREAS) {
            String col = "l." + area.toLowerCase();
            table("select " + key(groupBy, "c") + ", count(*) as active_cases, count(l.case_id) as assessed, "
                    + "count(*) filter (where " + col + " = 'NO_NEED'), count(*) filter (where " + col
                    + " = 'STANDARD'), count(*) filter (where " + col + " = 'SEVERE') " + """
                    from iom_case c
                    left join (select distinct on (n.case_id) n.* from needs_assessment n where n.assessed_on <= ?
                               order by n.case_id, n.assessed_on desc, n.recorded_at desc, n.id desc) l
                           on l.case_id = c.id
                    where c.selected_on <= ? and (c.exited_on is null or c.exited_on > ?)
                      and c.scheme_id::text = any(?) group by 1""",
                    List.of("activeCases", "assessed", "noNeed", "standard", "severe"), asOf, asOf, asOf,
                    ids.toArray(new String[0]))
                    .forEach((group, figures) -> expected.put(group + "/" + area, figures));
        }
        return expected;
    }

    private Map<String, Map<String, Long>> expectedCoverage(LocalDate asOf, LocalDate from, List<String> ids,
            String cohort, String category) throws SQLException {
        return table("""
                select c.scheme_id::text, count(*) as active_cases,
                       count(*) filter (where exists (
                           select 1 from outcome_review r
                           where r.case_id = c.id and r.reviewed_on between ? and ?
                             and not exists (select 1 from outcome_review s where s.supersedes_id = r.id))) as reviewed
                from iom_case c
                where c.selected_on <= ? and (c.exited_on is null or c.exited_on > ?)
                  and c.scheme_id::text = any(?) and (?::text is null or c.cohort = ?::text)
                  and (?::text is null or c.subject_category = ?::text)
                group by 1""", List.of("activeCases", "casesReviewed"), from, asOf, asOf, asOf,
                ids.toArray(new String[0]), cohort, cohort, category, category);
    }

    private static String key(String groupBy, String alias) {
        return switch (groupBy) {
            case "SCHEME" -> alias + ".scheme_id::text";
            case "COHORT/CATEGORY" -> alias + ".cohort || '/' || " + alias + ".subject_category";
            default -> alias + ".cohort";
        };
    }

    // ---- comparison ----

    /** Every figure named in the expected table equals the response's, for every group (absent groups: zeros). */
    private static void compare(String what, String groupBy, Map<String, Map<String, Long>> expected, JsonPath actual,
            String seriesField) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Map<String, Object> row : StatisticsTestSupport.rows(actual)) {
            String key = (String) row.get("group")
                    + (row.get("subjectCategory") == null ? "" : "/" + row.get("subjectCategory"))
                    + (seriesField == null ? "" : "/" + row.get(seriesField));
            rows.put(key, row);
        }
        for (Map.Entry<String, Map<String, Object>> e : rows.entrySet()) {
            Map<String, Long> figures = expected.get(e.getKey());
            for (String name : expected.values().stream().findFirst().map(Map::keySet).orElse(Set.of())) {
                long want = figures == null ? 0 : figures.get(name);
                Object got = e.getValue().get(name);
                assertEquals(want, got == null ? -1 : ((Number) got).longValue(),
                        what + ": group " + e.getKey() + " figure " + name);
            }
        }
        for (String group : expected.keySet()) {
            if (!rows.containsKey(group)) {
                throw new AssertionError(what + ": no row for group " + group + " in " + rows.keySet());
            }
        }
    }

    // ---- SQL ----

    private Map<String, Map<String, Long>> table(String sql, List<String> names, Object... args) throws SQLException {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Long> figures = new HashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        figures.put(names.get(i), rs.getLong(2 + i));
                    }
                    out.put(rs.getString(1), figures);
                }
            }
        }
        return out;
    }

    private UUID schemeOf(UUID caseId) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("select scheme_id from iom_case where id = ?")) {
            ps.setObject(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private long count(String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, args);
            ps.executeUpdate();
        }
    }

    private static void bind(Connection c, PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String[] a) {
                ps.setArray(i + 1, c.createArrayOf("text", a));
            } else if (args[i] instanceof Instant t) {
                ps.setTimestamp(i + 1, Timestamp.from(t));
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
    }
}
