package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Per scheme, the cases active on {@code asOf} with a review in the window that no other review supersedes: exactly
 * those whose latest such review by asOf (next_reviewed_on after asOf, V6) is dated in the window.
 */
@ApplicationScoped
class CoverageQuery {

    static final List<String> COUNTS = List.of("casesReviewed");

    List<Fact> reviewed(Handle h, ScopeCondition where, Period window) {
        String sql = """
                select scheme_id, null as cohort, null as subject_category, count(*) as casesReviewed
                from outcome_review
                where not superseded and reviewed_on between :from and :asOf
                  and (next_reviewed_on is null or next_reviewed_on > :asOf)
                  and case_selected_on <= :asOf and (case_exited_on is null or case_exited_on > :asOf)"""
                + where.on("scheme_id", "case_cohort", "case_subject_category") + " group by 1";
        return where.bind(h.createQuery(sql).bind("from", window.from()).bind("asOf", window.to()))
                .map(Fact.mapper(COUNTS)).list();
    }
}
