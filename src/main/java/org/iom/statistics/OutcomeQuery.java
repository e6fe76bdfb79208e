package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iom.caseload.Trend;
import org.jdbi.v3.core.Handle;

/**
 * Outcome reviews per scheme (and cohort, and category of data subject), each case once: its latest review in the period (by review date, then
 * recording time, then id) among the reviews no other review supersedes. next_reviewed_on is the date of the case's
 * next such review (V6), so the latest in [from, to] is the one dated in the period whose next review is after it.
 */
@ApplicationScoped
class OutcomeQuery {

    /** What the reviews rate: their columns and the figures' prefixes. */
    private static final List<String> RATINGS = List.of("frequency", "seriousness");

    /** casesReviewed, then per rating and trend (frequencyReduced...), then provenReoffending. */
    static final List<String> COUNTS = counts();

    /** {@code byCohort}, {@code byCategory}: per cohort, per category of data subject too. */
    List<Fact> latestReviews(Handle h, ScopeCondition where, Period period, boolean byCohort, boolean byCategory) {
        StringBuilder sql = new StringBuilder("select scheme_id, " + (byCohort ? "case_cohort" : "null")
                + " as cohort, " + (byCategory ? "case_subject_category" : "null")
                + " as subject_category, count(*) as casesReviewed");
        for (String rating : RATINGS) {
            for (Trend trend : Trend.values()) {
                sql.append(",\n count(*) filter (where ").append(rating).append(" = '").append(trend.name())
                        .append("') as ").append(count(rating, trend));
            }
        }
        sql.append("""
                ,
                       count(*) filter (where proven_reoffending) as provenReoffending
                from outcome_review
                where not superseded and reviewed_on between :from and :to
                  and (next_reviewed_on is null or next_reviewed_on > :to)""");
        sql.append(where.on("scheme_id", "case_cohort", "case_subject_category")).append(" group by 1, 2, 3");
        return where.bind(h.createQuery(sql.toString()).bind("from", period.from()).bind("to", period.to()))
                .map(Fact.mapper(COUNTS)).list();
    }

    /** The figure of a rating and trend: frequencyReduced, seriousnessStayedTheSame... */
    static String count(String rating, Trend trend) {
        StringBuilder name = new StringBuilder(rating);
        for (String word : trend.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static List<String> counts() {
        List<String> names = new ArrayList<>(List.of("casesReviewed"));
        for (String rating : RATINGS) {
            for (Trend trend : Trend.values()) {
                names.add(count(rating, trend));
            }
        }
        names.add("provenReoffending");
        return List.copyOf(names);
    }
}
