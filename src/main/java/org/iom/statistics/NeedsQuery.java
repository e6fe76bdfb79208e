package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iom.caseload.NeedArea;
import org.iom.caseload.Severity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The current needs assessment of each case active on a day, per scheme, cohort and category of data subject: assessed by then, the next one
 * after it (V6), the case selected by then and not exited by then; read from needs_assessment_current alone.
 */
@ApplicationScoped
class NeedsQuery {

    /** assessed, then one count per need area and severity ({@link #count}). */
    static final List<String> COUNTS = counts();

    /** {@code assessedFrom}: only a current assessment dated on or after it counts (null: any). */
    List<Fact> current(Handle h, ScopeCondition where, LocalDate asOf, LocalDate assessedFrom) {
        StringBuilder sql = new StringBuilder("select scheme_id, case_cohort as cohort, case_subject_category as "
                + "subject_category, count(*) as assessed");
        for (NeedArea area : NeedArea.values()) {
            for (Severity severity : Severity.values()) {
                sql.append(",\n count(*) filter (where ").append(area.column()).append(" = '")
                        .append(severity.name()).append("') as ").append(count(area, severity));
            }
        }
        sql.append("""

                from needs_assessment
                where coalesce(case_exited_on, 'infinity'::date) > :asOf and case_selected_on <= :asOf
                  and assessed_on <= :asOf and (next_assessed_on is null or next_assessed_on > :asOf)""");
        if (assessedFrom != null) {
            sql.append(" and assessed_on >= :assessedFrom");
        }
        sql.append(where.on("scheme_id", "case_cohort", "case_subject_category")).append(" group by 1, 2, 3");
        Query q = h.createQuery(sql.toString()).bind("asOf", asOf);
        if (assessedFrom != null) {
            q.bind("assessedFrom", assessedFrom);
        }
        return where.bind(q).map(Fact.mapper(COUNTS)).list();
    }

    /** The count of one area and severity, e.g. {@code accommodation_no_need}. */
    static String count(NeedArea area, Severity severity) {
        return area.column() + "_" + severity.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> counts() {
        List<String> names = new ArrayList<>(List.of("assessed"));
        for (NeedArea area : NeedArea.values()) {
            for (Severity severity : Severity.values()) {
                names.add(count(area, severity));
            }
        }
        return List.copyOf(names);
    }
}
