package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Cases per scheme (and cohort and category of data subject): {@code active} on {@code asOf}, and {@code selected} / {@code exited} in a period
 * (when given), as signed partial counts that add up per scheme, cohort and category. Whole calendar months come from
 * {@code case_month} (V6, kept by triggers); the days of a partial month at either edge are counted exactly from
 * iom_case through its selected_on / exited_on indexes. So the cost is a few thousand summary rows and at most a month
 * or two of cases, whatever the size of the caseload.
 */
@ApplicationScoped
class CaseCountQuery {

    static final List<String> COUNTS = List.of("active", "selected", "exited");

    private static final String SUMMARY = """
            select scheme_id, %s,
                   coalesce(sum(selected) filter (where month < :activeMonths), 0)
                     - coalesce(sum(exited) filter (where month < :activeMonths), 0) as active,
                   coalesce(sum(selected) filter (where month >= :monthsFrom and month < :monthsTo), 0) as selected,
                   coalesce(sum(exited) filter (where month >= :monthsFrom and month < :monthsTo), 0) as exited
            from case_month where true""";

    /**
     * Active on {@code asOf}; selected and exited in {@code period} when it is not null. {@code withGroups}: per cohort
     * and category too (else only per scheme).
     */
    List<Fact> counts(Handle h, ScopeCondition where, LocalDate asOf, Period period, boolean withGroups) {
        Sql sql = new Sql(where, withGroups ? "cohort, subject_category" : "null as cohort, null as subject_category");
        // Active on asOf = selected on or before it - exited on or before it (exited_on >= selected_on always).
        LocalDate activeMonths = wholeMonthsBefore(asOf);
        // Whole months inside the period [monthsFrom, monthsTo), empty when there is none.
        LocalDate monthsFrom = period == null ? activeMonths : firstWholeMonthFrom(period.from());
        LocalDate monthsTo = period == null ? activeMonths : wholeMonthsBefore(period.to());
        if (!monthsFrom.isBefore(monthsTo)) {
            monthsFrom = monthsTo;
        }
        sql.pieces.add(SUMMARY.formatted(sql.groups) + where.on("scheme_id", "cohort", "subject_category")
                + " group by 1, 2, 3");
        sql.dates.putAll(Map.of("activeMonths", activeMonths, "monthsFrom", monthsFrom, "monthsTo", monthsTo));
        // Exact edges: [activeMonths, asOf] for active, and the period's days outside its whole months.
        sql.edge("selected_on", "count(*), 0, 0", activeMonths, asOf);
        sql.edge("exited_on", "-count(*), 0, 0", activeMonths, asOf);
        if (period != null) {
            LocalDate firstEdgeTo = monthsFrom.equals(monthsTo) ? period.to() : monthsFrom.minusDays(1);
            sql.edge("selected_on", "0, count(*), 0", period.from(), firstEdgeTo);
            sql.edge("exited_on", "0, 0, count(*)", period.from(), firstEdgeTo);
            if (!monthsFrom.equals(monthsTo)) {
                sql.edge("selected_on", "0, count(*), 0", monthsTo, period.to());
                sql.edge("exited_on", "0, 0, count(*)", monthsTo, period.to());
            }
        }
        return where.bind(h.createQuery(String.join("\nunion all\n", sql.pieces)).bindMap(sql.dates))
                .map(Fact.mapper(COUNTS)).list();
    }

    /** Cases active on {@code asOf}, as facts of one count: {@code activeCases} (the denominator of needs, coverage). */
    List<Fact> activeCases(Handle h, ScopeCondition where, LocalDate asOf, boolean withGroups) {
        return counts(h, where, asOf, null, withGroups).stream()
                .map(f -> f.with(Map.of("activeCases", f.counts().get("active")))).toList();
    }

    /** The first day after the whole months that end on or before {@code day} (exclusive bound for case_month). */
    static LocalDate wholeMonthsBefore(LocalDate day) {
        return day.equals(day.withDayOfMonth(day.lengthOfMonth())) ? day.plusDays(1) : day.withDayOfMonth(1);
    }

    /** The first day of the first whole month that starts on or after {@code day}. */
    static LocalDate firstWholeMonthFrom(LocalDate day) {
        return day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(1).plusMonths(1);
    }

    /** The pieces of the union and their dates, each edge with its own pair of parameters. */
    private record Sql(ScopeCondition where, String groups, List<String> pieces, Map<String, Object> dates) {

        Sql(ScopeCondition where, String groups) {
            this(where, groups, new ArrayList<>(), new LinkedHashMap<>());
        }

        /** Cases whose {@code column} lies in from..to, counted as {@code counts}; nothing when the range is empty. */
        void edge(String column, String counts, LocalDate from, LocalDate to) {
            if (from.isAfter(to)) {
                return;
            }
            String name = "edge" + pieces.size();
            pieces.add("select scheme_id, " + groups + ", " + counts + " from iom_case where " + column + " between :"
                    + name + "From and :" + name + "To" + where.on("scheme_id", "cohort", "subject_category")
                    + " group by 1, 2, 3");
            dates.put(name + "From", from);
            dates.put(name + "To", to);
        }
    }
}
