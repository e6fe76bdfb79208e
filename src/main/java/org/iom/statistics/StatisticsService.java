package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.reference.ReferenceService;
import org.iom.security.Caller;
import org.iom.security.Roles;
import org.iom.statistics.StatisticsRequest.GroupBy;
import org.iom.statistics.StatisticsViews.CaseloadRow;
import org.iom.statistics.StatisticsViews.CaseloadStatistics;
import org.iom.statistics.StatisticsViews.CoverageRow;
import org.iom.statistics.StatisticsViews.CoverageStatistics;
import org.iom.statistics.StatisticsViews.NeedsRow;
import org.iom.statistics.StatisticsViews.NeedsStatistics;
import org.iom.statistics.StatisticsViews.OutcomeRow;
import org.iom.statistics.StatisticsViews.OutcomeStatistics;

/**
 * Caseload, outcome, needs and coverage figures. Every figure is aggregated in SQL, per scheme and cohort (a few
 * hundred rows at most), then rolled up in Java to the requested level: a case belongs to exactly one scheme and
 * cohort, so the counts add up exactly. No entity is loaded and no case-level row leaves the database.
 *
 * <p>Scope goes into the SQL: a practitioner's figures come only from the schemes in the token's {@code schemes}
 * claim; filters narrow the set of schemes (and cases, for cohort) the same way.
 */
@ApplicationScoped
public class StatisticsService {

    static final String NATIONAL = "national";
    static final String NATION_LABEL = "England and Wales";
    static final List<String> NEED_AREAS = List.of("ACCOMMODATION", "EDUCATION_TRAINING_AND_EMPLOYABILITY",
            "FINANCIAL_MANAGEMENT_AND_INCOME", "RELATIONSHIPS", "LIFESTYLE_AND_ASSOCIATES", "DRUG_MISUSE",
            "ALCOHOL_MISUSE", "EMOTIONAL_WELL_BEING", "THINKING_AND_BEHAVIOUR", "ATTITUDES");
    static final List<String> SEVERITIES = List.of("NO_NEED", "STANDARD", "SEVERE");
    private static final List<String> NO_SERIES = java.util.Collections.singletonList(null);
    private static final Map<String, String> COHORT_LABELS = Map.of("FIXED", "Fixed", "FLEX", "Flex", "FREE", "Free");

    @Inject
    DataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    ReferenceService reference;

    @ConfigProperty(name = "iom.statistics.suppression-threshold", defaultValue = "5")
    int threshold;

    @ConfigProperty(name = "iom.statistics.work-mem", defaultValue = "64MB")
    String workMem;

    @ConfigProperty(name = "iom.statistics.statement-timeout", defaultValue = "30s")
    String statementTimeout;

    @ConfigProperty(name = "iom.statistics.random-page-cost", defaultValue = "1.1")
    double randomPageCost;

    /** A scheme in scope, with what it is grouped by. */
    record SchemeInfo(UUID id, String code, String name, String forceId, String forceName, String regionCode,
            String regionName) {}

    /**
     * The schemes a request covers; {@code restricted} when that is not every scheme (SQL must filter);
     * {@code schemeSubset} when restricted by more than a force (caller's schemes, scheme ids or region).
     */
    record Scope(Map<UUID, SchemeInfo> schemes, boolean restricted, boolean schemeSubset) {}

    /** One aggregate row of SQL: a scheme, a cohort (or null when not asked for) and named counts. */
    record Fact(UUID schemeId, String cohort, Map<String, Long> counts) {}

    // ---------------------------------------------------------------------------------------------------------
    // Caseload
    // ---------------------------------------------------------------------------------------------------------

    static final Suppression.Spec CASELOAD = new Suppression.Spec(List.of("active", "selected", "exited"),
            List.of("active", "selected", "exited"), List.of(), List.of());

    @Transactional
    public CaseloadStatistics caseload(StatisticsRequest q) {
        Scope scope = scope(q, false, true);
        List<Fact> facts = List.of();
        if (!scope.schemes().isEmpty()) {
            facts = caseCounts(scope, q, q.asOf(), q.from(), q.to(), true);
        }
        List<Suppression.Row> rows = rollUp(q.groupBy(), scope, facts, q.cohort(), NO_SERIES);
        Suppression.apply(rows, CASELOAD, threshold);
        return new CaseloadStatistics(q.asOf(), q.from(), q.to(), q.groupBy().name(), q.filters(), threshold,
                rows.stream().map(r -> new CaseloadRow(r.group, r.label, r.published("active"),
                        r.published("selected"), r.published("exited"), r.suppressed(CASELOAD))).toList());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Outcomes
    // ---------------------------------------------------------------------------------------------------------

    static final List<String> OUTCOME_COUNTS = List.of("casesReviewed", "frequencyReduced", "frequencyStayedTheSame",
            "frequencyIncreased", "seriousnessReduced", "seriousnessStayedTheSame", "seriousnessIncreased",
            "provenReoffending");
    static final Suppression.Spec OUTCOMES = new Suppression.Spec(
            List.of("casesReviewed", "frequencyReduced", "frequencyReducedShare", "frequencyStayedTheSame",
                    "frequencyStayedTheSameShare", "frequencyIncreased", "frequencyIncreasedShare",
                    "seriousnessReduced", "seriousnessReducedShare", "seriousnessStayedTheSame",
                    "seriousnessStayedTheSameShare", "seriousnessIncreased", "seriousnessIncreasedShare",
                    "provenReoffending", "provenReoffendingRate"),
            OUTCOME_COUNTS,
            List.of(share("frequencyReduced"), share("frequencyStayedTheSame"), share("frequencyIncreased"),
                    share("seriousnessReduced"), share("seriousnessStayedTheSame"), share("seriousnessIncreased"),
                    new Suppression.Share("provenReoffendingRate", "provenReoffending", "casesReviewed")),
            List.of(new Suppression.Partition("casesReviewed",
                            List.of("frequencyReduced", "frequencyStayedTheSame", "frequencyIncreased"), true),
                    new Suppression.Partition("casesReviewed",
                            List.of("seriousnessReduced", "seriousnessStayedTheSame", "seriousnessIncreased"), true),
                    new Suppression.Partition("casesReviewed", List.of("provenReoffending"), false)));

    private static Suppression.Share share(String count) {
        return new Suppression.Share(count + "Share", count, "casesReviewed");
    }

    @Transactional
    public OutcomeStatistics outcomes(StatisticsRequest q) {
        Scope scope = scope(q, false, true);
        boolean byCohort = q.groupBy() == GroupBy.COHORT || q.cohort() != null;
        List<Fact> facts = List.of();
        if (!scope.schemes().isEmpty()) {
            // Each case once: its latest review in the period (by review date, then recording time, then id) among
            // the reviews no other review supersedes. next_reviewed_on is the date of the case's next such review
            // (V6), so the latest in [from, to] is the one dated in the period whose next review is after it.
            StringBuilder sql = new StringBuilder("select scheme_id, " + (byCohort ? "case_cohort" : "null") + """
                    , count(*) as reviewed,
                           count(*) filter (where frequency = 'REDUCED'),
                           count(*) filter (where frequency = 'STAYED_THE_SAME'),
                           count(*) filter (where frequency = 'INCREASED'),
                           count(*) filter (where seriousness = 'REDUCED'),
                           count(*) filter (where seriousness = 'STAYED_THE_SAME'),
                           count(*) filter (where seriousness = 'INCREASED'),
                           count(*) filter (where proven_reoffending)
                    from outcome_review
                    where not superseded and reviewed_on between ? and ?
                      and (next_reviewed_on is null or next_reviewed_on > ?)""");
            List<Object> args = new ArrayList<>(List.of(q.from(), q.to(), q.to()));
            schemeAndCohort(sql, args, scope, q, "scheme_id", "case_cohort");
            sql.append(" group by 1, 2");
            facts = facts(sql.toString(), args, byCohort, OUTCOME_COUNTS);
        }
        List<Suppression.Row> rows = rollUp(q.groupBy(), scope, facts, q.cohort(), NO_SERIES);
        Suppression.apply(rows, OUTCOMES, threshold);
        return new OutcomeStatistics(q.from(), q.to(), q.groupBy().name(), q.filters(), threshold,
                rows.stream().map(r -> {
                    Function<String, Double> sh = n -> r.share(OUTCOMES.share(n));
                    return new OutcomeRow(r.group, r.label, r.published("casesReviewed"),
                            r.published("frequencyReduced"), sh.apply("frequencyReducedShare"),
                            r.published("frequencyStayedTheSame"), sh.apply("frequencyStayedTheSameShare"),
                            r.published("frequencyIncreased"), sh.apply("frequencyIncreasedShare"),
                            r.published("seriousnessReduced"), sh.apply("seriousnessReducedShare"),
                            r.published("seriousnessStayedTheSame"), sh.apply("seriousnessStayedTheSameShare"),
                            r.published("seriousnessIncreased"), sh.apply("seriousnessIncreasedShare"),
                            r.published("provenReoffending"), sh.apply("provenReoffendingRate"),
                            r.suppressed(OUTCOMES));
                }).toList());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Needs
    // ---------------------------------------------------------------------------------------------------------

    static final Suppression.Spec NEEDS = new Suppression.Spec(
            List.of("activeCases", "assessed", "noNeed", "noNeedShare", "standard", "standardShare", "severe",
                    "severeShare"),
            List.of("activeCases", "assessed", "noNeed", "standard", "severe"),
            List.of(new Suppression.Share("noNeedShare", "noNeed", "assessed"),
                    new Suppression.Share("standardShare", "standard", "assessed"),
                    new Suppression.Share("severeShare", "severe", "assessed")),
            List.of(new Suppression.Partition("assessed", List.of("noNeed", "standard", "severe"), true)));

    @Transactional
    public NeedsStatistics needs(StatisticsRequest q) {
        Scope scope = scope(q, false, true);
        List<String> names = new ArrayList<>(List.of("activeCases", "assessed"));
        for (String area : NEED_AREAS) {
            for (String severity : SEVERITIES) {
                names.add(area + "/" + severity);
            }
        }
        List<Fact> facts = List.of();
        if (!scope.schemes().isEmpty()) {
            // The current assessment of each case active on asOf: assessed by then, the next one after it (V6), the
            // case selected by then and not exited by then; read from needs_assessment_current alone.
            StringBuilder sql = new StringBuilder("select scheme_id, case_cohort, count(*) as assessed");
            for (String area : NEED_AREAS) {
                for (String severity : SEVERITIES) {
                    sql.append(",\n count(*) filter (where ").append(area.toLowerCase()).append(" = '")
                            .append(severity).append("')");
                }
            }
            sql.append("""

                    from needs_assessment
                    where coalesce(case_exited_on, 'infinity'::date) > ? and case_selected_on <= ?
                      and assessed_on <= ? and (next_assessed_on is null or next_assessed_on > ?)""");
            List<Object> args = new ArrayList<>(List.of(q.asOf(), q.asOf(), q.asOf(), q.asOf()));
            schemeAndCohort(sql, args, scope, q, "scheme_id", "case_cohort");
            sql.append(" group by 1, 2");
            facts = new ArrayList<>(facts(sql.toString(), args, true, names.subList(1, names.size())));
            for (Fact f : caseCounts(scope, q, q.asOf(), null, null, true)) {
                facts.add(new Fact(f.schemeId(), f.cohort(), Map.of("activeCases", f.counts().get("active"))));
            }
        }
        List<Suppression.Row> rows = rollUp(q.groupBy(), scope, facts, q.cohort(), NEED_AREAS);
        for (Suppression.Row row : rows) {
            // The SQL counts every area of a group at once; each row keeps its own area's counts.
            Map<String, Long> all = new LinkedHashMap<>(row.counts);
            row.counts.clear();
            row.counts.put("activeCases", all.getOrDefault("activeCases", 0L));
            row.counts.put("assessed", all.getOrDefault("assessed", 0L));
            row.counts.put("noNeed", all.getOrDefault(row.series + "/NO_NEED", 0L));
            row.counts.put("standard", all.getOrDefault(row.series + "/STANDARD", 0L));
            row.counts.put("severe", all.getOrDefault(row.series + "/SEVERE", 0L));
        }
        Suppression.apply(rows, NEEDS, threshold);
        return new NeedsStatistics(q.asOf(), q.groupBy().name(), q.filters(), threshold,
                rows.stream().map(r -> new NeedsRow(r.group, r.label, r.series, r.published("activeCases"),
                        r.published("assessed"), r.published("noNeed"), r.share(NEEDS.share("noNeedShare")),
                        r.published("standard"), r.share(NEEDS.share("standardShare")), r.published("severe"),
                        r.share(NEEDS.share("severeShare")), r.suppressed(NEEDS))).toList());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Coverage
    // ---------------------------------------------------------------------------------------------------------

    static final Suppression.Spec COVERAGE = new Suppression.Spec(
            List.of("activeCases", "casesReviewed", "reviewedShare"), List.of("activeCases", "casesReviewed"),
            List.of(new Suppression.Share("reviewedShare", "casesReviewed", "activeCases")), List.of());

    @Transactional
    public CoverageStatistics coverage(StatisticsRequest q) {
        return coverage(q, scope(q, true, true));
    }

    /** The national coverage figure for every scheme, whoever asks (used by the live figure). */
    @Transactional
    public CoverageStatistics nationalCoverage(LocalDate asOf, int months, BigDecimal minShare) {
        StatisticsRequest q = new StatisticsRequest(asOf, asOf.minusMonths(months).plusDays(1), asOf, GroupBy.NATION,
                months, minShare, List.of(), null, null, null);
        return coverage(q, scope(q, true, false));
    }

    private CoverageStatistics coverage(StatisticsRequest q, Scope scope) {
        List<Fact> facts = List.of();
        if (!scope.schemes().isEmpty()) {
            // Active cases with a review in the window that no other review supersedes: exactly those whose latest
            // such review by asOf (next_reviewed_on after asOf, V6) is dated in the window.
            StringBuilder sql = new StringBuilder("""
                    select scheme_id, null, count(*) as reviewed
                    from outcome_review
                    where not superseded and reviewed_on between ? and ?
                      and (next_reviewed_on is null or next_reviewed_on > ?)
                      and case_selected_on <= ? and (case_exited_on is null or case_exited_on > ?)""");
            List<Object> args = new ArrayList<>(List.of(q.from(), q.asOf(), q.asOf(), q.asOf(), q.asOf()));
            schemeAndCohort(sql, args, scope, q, "scheme_id", "case_cohort");
            sql.append(" group by 1");
            facts = new ArrayList<>(facts(sql.toString(), args, false, List.of("casesReviewed")));
            for (Fact f : caseCounts(scope, q, q.asOf(), null, null, false)) {
                facts.add(new Fact(f.schemeId(), null, Map.of("activeCases", f.counts().get("active"))));
            }
        }
        Map<UUID, long[]> perScheme = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (scope.schemes().containsKey(f.schemeId())) {
                long[] c = perScheme.computeIfAbsent(f.schemeId(), k -> new long[2]);
                c[0] += f.counts().getOrDefault("activeCases", 0L);
                c[1] += f.counts().getOrDefault("casesReviewed", 0L);
            }
        }
        Map<String, long[]> perForce = new LinkedHashMap<>();
        for (SchemeInfo s : scope.schemes().values()) {
            long[] c = perScheme.getOrDefault(s.id(), new long[2]);
            long[] f = perForce.computeIfAbsent(s.forceId(), k -> new long[2]);
            f[0] += c[0];
            f[1] += c[1];
        }
        Set<String> forcesMeasuring = new LinkedHashSet<>();
        perForce.forEach((force, c) -> {
            if (measures(c, q.minShare())) {
                forcesMeasuring.add(force);
            }
        });

        Map<String, Suppression.Row> groups = groups(q.groupBy(), scope, null, NO_SERIES);
        Map<String, int[]> orgs = new LinkedHashMap<>();
        Map<String, Set<String>> forcesOfGroup = new LinkedHashMap<>();
        for (String key : groups.keySet()) {
            orgs.put(key, new int[2]);
            forcesOfGroup.put(key, new LinkedHashSet<>());
        }
        for (SchemeInfo s : scope.schemes().values()) {
            String key = key(q.groupBy(), s, null);
            Suppression.Row row = groups.get(key);
            long[] c = perScheme.getOrDefault(s.id(), new long[2]);
            row.add("activeCases", c[0]);
            row.add("casesReviewed", c[1]);
            orgs.get(key)[0]++;
            if (measures(c, q.minShare())) {
                orgs.get(key)[1]++;
            }
            forcesOfGroup.get(key).add(s.forceId());
        }
        if (q.groupBy() == GroupBy.NATION && !scope.schemeSubset()) {
            // Unrestricted: every force counts, with or without a scheme (the inspection's "of 43").
            forcesOfGroup.get(NATIONAL).addAll(allForces(q.policeForceId()));
        }
        List<Suppression.Row> rows = new ArrayList<>(groups.values());
        for (Suppression.Row row : rows) {
            row.counts.putIfAbsent("activeCases", 0L);
            row.counts.putIfAbsent("casesReviewed", 0L);
        }
        Suppression.apply(rows, COVERAGE, threshold);
        return new CoverageStatistics(q.asOf(), q.months(), q.from(), q.to(), q.minShare().doubleValue(),
                q.groupBy().name(), q.filters(), threshold, rows.stream().map(r -> {
                    Set<String> forces = forcesOfGroup.get(r.group);
                    int measuring = (int) forces.stream().filter(forcesMeasuring::contains).count();
                    return new CoverageRow(r.group, r.label, orgs.get(r.group)[0], orgs.get(r.group)[1],
                            forces.size(), measuring, r.published("activeCases"), r.published("casesReviewed"),
                            r.share(COVERAGE.share("reviewedShare")), r.suppressed(COVERAGE));
                }).toList());
    }

    private static boolean measures(long[] activeAndReviewed, BigDecimal minShare) {
        return activeAndReviewed[0] > 0 && BigDecimal.valueOf(activeAndReviewed[1])
                .compareTo(minShare.multiply(BigDecimal.valueOf(activeAndReviewed[0]))) >= 0;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Scope, SQL and roll-up
    // ---------------------------------------------------------------------------------------------------------

    /**
     * The schemes the request covers: the caller's (a practitioner's own schemes only), narrowed by the filters.
     * Filter ids that do not exist (or that a practitioner may not see) are a 400 naming the parameter.
     */
    Scope scope(StatisticsRequest q, boolean activeSchemesOnly, boolean applyCaller) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (q.policeForceId() != null && !reference.forceExists(q.policeForceId())) {
            errors.add(new Problem.FieldError("policeForceId", "no police force '" + q.policeForceId() + "'"));
        }
        if (q.probationRegionCode() != null && !reference.regionExists(q.probationRegionCode())) {
            errors.add(new Problem.FieldError("probationRegionCode",
                    "no probation region '" + q.probationRegionCode() + "'"));
        }
        boolean practitioner = applyCaller && !caller.hasRole(Roles.ANALYST) && !caller.hasRole(Roles.OVERSIGHT)
                && !caller.hasRole(Roles.ADMIN);
        String[] ownCodes = practitioner ? caller.schemeCodes().toArray(new String[0]) : null;

        StringBuilder sql = new StringBuilder("""
                select s.id, s.code, s.name, s.police_force_id, f.name, s.probation_region_code, r.name
                from scheme s
                join police_force f on f.id = s.police_force_id
                join probation_region r on r.code = s.probation_region_code
                where true""");
        List<Object> args = new ArrayList<>();
        if (practitioner) {
            sql.append(" and s.code = any(?)");
            args.add(ownCodes);
        }
        if (!q.schemeIds().isEmpty()) {
            sql.append(" and s.id = any(?)");
            args.add(q.schemeIds().toArray(new UUID[0]));
        }
        Map<UUID, SchemeInfo> visible = new LinkedHashMap<>();
        if (!q.schemeIds().isEmpty()) {
            // Which of the named schemes exist for this caller, before the other filters narrow them.
            query(sql + " order by s.code", args, rs -> {
                SchemeInfo s = schemeInfo(rs);
                visible.put(s.id(), s);
            });
            for (UUID id : q.schemeIds()) {
                if (!visible.containsKey(id)) {
                    errors.add(new Problem.FieldError("schemeId", "no scheme " + id));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (q.policeForceId() != null) {
            sql.append(" and s.police_force_id = ?");
            args.add(q.policeForceId());
        }
        if (q.probationRegionCode() != null) {
            sql.append(" and s.probation_region_code = ?");
            args.add(q.probationRegionCode());
        }
        if (activeSchemesOnly) {
            sql.append(" and s.status = 'ACTIVE'");
        }
        sql.append(" order by s.code");
        Map<UUID, SchemeInfo> schemes = new LinkedHashMap<>();
        query(sql.toString(), args, rs -> {
            SchemeInfo s = schemeInfo(rs);
            schemes.put(s.id(), s);
        });
        boolean restricted = practitioner || !q.schemeIds().isEmpty() || q.policeForceId() != null
                || q.probationRegionCode() != null;
        boolean schemeSubset = practitioner || !q.schemeIds().isEmpty() || q.probationRegionCode() != null;
        return new Scope(schemes, restricted, schemeSubset);
    }

    private static SchemeInfo schemeInfo(ResultSet rs) throws SQLException {
        return new SchemeInfo(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7));
    }

    private List<String> allForces(String only) {
        List<String> forces = new ArrayList<>();
        query("select id from police_force" + (only != null ? " where id = ?" : "") + " order by id",
                only != null ? List.of(only) : List.of(), rs -> forces.add(rs.getString(1)));
        return forces;
    }

    /**
     * Cases per scheme (and cohort): {@code active} on {@code asOf}, and {@code selected} / {@code exited} in
     * {@code from..to} (when given), as signed partial counts that add up per scheme and cohort. Whole calendar months
     * come from {@code case_month} (V6, kept by triggers); the days of a partial month at either edge are counted
     * exactly from iom_case through its selected_on / exited_on indexes. So the cost is a few thousand summary rows and
     * at most a month or two of cases, whatever the size of the caseload.
     */
    private List<Fact> caseCounts(Scope scope, StatisticsRequest q, LocalDate asOf, LocalDate from, LocalDate to,
            boolean withCohort) {
        List<String> pieces = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        String cohort = withCohort ? "cohort" : "null";
        // Active on asOf = selected on or before it - exited on or before it (exited_on >= selected_on always).
        LocalDate activeMonths = wholeMonthsBefore(asOf);
        // Whole months inside the period [periodMonthsFrom, periodMonthsTo), empty when there is none.
        LocalDate periodMonthsFrom = from == null ? activeMonths : firstWholeMonthFrom(from);
        LocalDate periodMonthsTo = from == null ? activeMonths : wholeMonthsBefore(to);
        if (!periodMonthsFrom.isBefore(periodMonthsTo)) {
            periodMonthsFrom = periodMonthsTo;
        }
        StringBuilder summary = new StringBuilder("select scheme_id, " + cohort + """
                , coalesce(sum(selected) filter (where month < ?), 0) - coalesce(sum(exited) filter (where month < ?), 0),
                  coalesce(sum(selected) filter (where month >= ? and month < ?), 0),
                  coalesce(sum(exited) filter (where month >= ? and month < ?), 0)
                from case_month where true""");
        args.addAll(List.of(activeMonths, activeMonths, periodMonthsFrom, periodMonthsTo, periodMonthsFrom,
                periodMonthsTo));
        schemeAndCohort(summary, args, scope, q, "scheme_id", "cohort");
        summary.append(" group by 1, 2");
        pieces.add(summary.toString());
        // Exact edges: [activeMonths, asOf] for active, and the period's days outside its whole months.
        edge(pieces, args, scope, q, cohort, "selected_on", "count(*), 0, 0", activeMonths, asOf);
        edge(pieces, args, scope, q, cohort, "exited_on", "-count(*), 0, 0", activeMonths, asOf);
        if (from != null) {
            LocalDate firstEdgeTo = periodMonthsFrom.equals(periodMonthsTo) ? to : periodMonthsFrom.minusDays(1);
            edge(pieces, args, scope, q, cohort, "selected_on", "0, count(*), 0", from, firstEdgeTo);
            edge(pieces, args, scope, q, cohort, "exited_on", "0, 0, count(*)", from, firstEdgeTo);
            if (!periodMonthsFrom.equals(periodMonthsTo)) {
                edge(pieces, args, scope, q, cohort, "selected_on", "0, count(*), 0", periodMonthsTo, to);
                edge(pieces, args, scope, q, cohort, "exited_on", "0, 0, count(*)", periodMonthsTo, to);
            }
        }
        return facts(String.join("\nunion all\n", pieces), args, withCohort, List.of("active", "selected", "exited"));
    }

    private static void edge(List<String> pieces, List<Object> args, Scope scope, StatisticsRequest q, String cohort,
            String column, String counts, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return;
        }
        StringBuilder sql = new StringBuilder("select scheme_id, " + cohort + ", " + counts + " from iom_case where "
                + column + " between ? and ?");
        args.add(from);
        args.add(to);
        schemeAndCohort(sql, args, scope, q, "scheme_id", "cohort");
        sql.append(" group by 1, 2");
        pieces.add(sql.toString());
    }

    /** The first day after the whole months that end on or before {@code day} (exclusive bound for case_month). */
    static LocalDate wholeMonthsBefore(LocalDate day) {
        return day.equals(day.withDayOfMonth(day.lengthOfMonth())) ? day.plusDays(1) : day.withDayOfMonth(1);
    }

    /** The first day of the first whole month that starts on or after {@code day}. */
    static LocalDate firstWholeMonthFrom(LocalDate day) {
        return day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(1).plusMonths(1);
    }

    private static void schemeAndCohort(StringBuilder sql, List<Object> args, Scope scope, StatisticsRequest q,
            String schemeColumn, String cohortColumn) {
        if (scope.restricted()) {
            sql.append(" and ").append(schemeColumn).append(" = any(?)");
            args.add(scope.schemes().keySet().toArray(new UUID[0]));
        }
        if (q.cohort() != null) {
            sql.append(" and ").append(cohortColumn).append(" = ?");
            args.add(q.cohort());
        }
    }

    /** Runs an aggregate: columns scheme_id, cohort, then one count per name. */
    private List<Fact> facts(String sql, List<Object> args, boolean withCohort, List<String> names) {
        List<Fact> facts = new ArrayList<>();
        query(sql, args, rs -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                counts.put(names.get(i), rs.getLong(3 + i));
            }
            facts.add(new Fact(rs.getObject(1, UUID.class), withCohort ? rs.getString(2) : null, counts));
        });
        return facts;
    }

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> args, RowHandler handler) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement st = c.createStatement()) {
                // Aggregates over a million rows: JIT compilation costs more than it saves here, sorts for the
                // latest review per case need memory rather than disk, the covering indexes are cached (random
                // reads cost about what sequential ones do), and a runaway query must stop.
                st.execute("set local jit = off; set local work_mem = '" + workMem.replaceAll("[^0-9A-Za-z]", "")
                        + "'; set local random_page_cost = " + randomPageCost
                        + "; set local statement_timeout = '" + statementTimeout.replaceAll("[^0-9A-Za-z]", "") + "'");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    Object a = args.get(i);
                    if (a instanceof UUID[] ids) {
                        ps.setArray(i + 1, c.createArrayOf("uuid", ids));
                    } else if (a instanceof String[] codes) {
                        ps.setArray(i + 1, c.createArrayOf("varchar", codes));
                    } else {
                        ps.setObject(i + 1, a);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statistics query failed", e);
        }
    }

    /** The groups of the requested level, in order, with zero counts; then every fact added to its group. */
    private List<Suppression.Row> rollUp(GroupBy groupBy, Scope scope, Collection<Fact> facts, String cohortFilter,
            List<String> series) {
        Map<String, Suppression.Row> groups = groups(groupBy, scope, cohortFilter, series);
        for (Fact f : facts) {
            SchemeInfo s = scope.schemes().get(f.schemeId());
            if (s == null) {
                continue;
            }
            String key = key(groupBy, s, f.cohort());
            for (String se : series) {
                Suppression.Row row = groups.get(se == null ? key : key + "\u0000" + se);
                if (row != null) {
                    f.counts().forEach(row::add);
                }
            }
        }
        return new ArrayList<>(groups.values());
    }

    private static Map<String, Suppression.Row> groups(GroupBy groupBy, Scope scope, String cohortFilter,
            List<String> series) {
        Map<String, String[]> keys = new LinkedHashMap<>();
        switch (groupBy) {
            case NATION -> keys.put(NATIONAL, new String[] {NATIONAL, NATION_LABEL});
            case COHORT -> {
                for (String c : StatisticsRequest.COHORTS) {
                    if (cohortFilter == null || cohortFilter.equals(c)) {
                        keys.put(c, new String[] {c, COHORT_LABELS.get(c)});
                    }
                }
            }
            case SCHEME -> scope.schemes().values().forEach(s ->
                    keys.put(s.id().toString(), new String[] {s.id().toString(), s.name() + " (" + s.code() + ")"}));
            case FORCE -> scope.schemes().values().stream()
                    .sorted(java.util.Comparator.comparing(SchemeInfo::forceId))
                    .forEach(s -> keys.putIfAbsent(s.forceId(), new String[] {s.forceId(), s.forceName()}));
            case REGION -> scope.schemes().values().stream()
                    .sorted(java.util.Comparator.comparing(SchemeInfo::regionCode))
                    .forEach(s -> keys.putIfAbsent(s.regionCode(), new String[] {s.regionCode(), s.regionName()}));
        }
        Map<String, Suppression.Row> groups = new LinkedHashMap<>();
        keys.forEach((key, gl) -> {
            for (String se : series) {
                groups.put(se == null ? key : key + "\u0000" + se, new Suppression.Row(gl[0], gl[1], se));
            }
        });
        return groups;
    }

    private static String key(GroupBy groupBy, SchemeInfo s, String cohort) {
        return switch (groupBy) {
            case NATION -> NATIONAL;
            case COHORT -> cohort;
            case SCHEME -> s.id().toString();
            case FORCE -> s.forceId();
            case REGION -> s.regionCode();
        };
    }
}
