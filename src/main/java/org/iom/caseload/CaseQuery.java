package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iom.audit.AccessLog;
import org.iom.audit.AuditAction;
import org.iom.common.db.Where;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Cases as the API shows them, read with the service's one read layer (ADR 0027): the hot paths of
 * {@code GET /v1/cases/{id}} and the list (ADR 0024), and the visibility check every other case operation starts
 * with. The caller's scope and every filter go into the query.
 */
@ApplicationScoped
public class CaseQuery {

    /** A case that is still managed, as SQL on the case alias {@code c}. */
    private static final String ACTIVE = "c.status = '" + CaseStatus.ACTIVE.name() + "'";

    private static final String FROM = " from iom_case c join scheme s on s.id = c.scheme_id";

    /** The columns of a {@link CaseView}, named as its components, with the scheme joined as {@code s}. */
    static final String VIEW_COLUMNS = """
            select c.id, c.scheme_id, s.code as scheme_code, c.crn, c.pnc_id, c.cohort, c.selected_on, c.selection_reason,
                   c.risk_of_serious_harm, c.predictor_score, c.lead_agency, c.police_lead, c.probation_lead, c.rag,
                   c.next_review_on, (%s and coalesce(c.next_review_on < :today, false)) as review_overdue,
                   c.status, c.exited_on, c.exit_reason, c.subject_category, c.retention_review_on, c.created_at,
                   c.updated_at, c.selected_by, c.selected_by_name, c.exited_by, c.exited_by_name, c.updated_by,
                   c.updated_by_name, c.transferred_from_case_id, c.transferred_to_case_id, c.version""".formatted(ACTIVE) + FROM;

    /**
     * The case when the scope allows it, read by one statement; its consultation is logged afterwards, and the case
     * answered only once that entry is committed (AccessLog.recordCommitted, ADR 0043).
     */
    Optional<CaseView> findView(Handle h, UUID id, CaseScope scope, LocalDate today) {
        Query q = h.createQuery(VIEW_COLUMNS + " where c.id = :id and c.erased_at is null" + scope.onScheme())
                .bind("id", id).bind("today", today);
        return scope.bind(q).mapTo(CaseView.class).findFirst();
    }

    /** Every unerased case of the person with this CRN, in id order (subject access: no scope, no log here). */
    List<CaseView> ofPerson(Handle h, String crn, LocalDate today) {
        return h.createQuery(VIEW_COLUMNS + " where c.crn = :crn and c.erased_at is null order by c.id")
                .bind("crn", crn).bind("today", today).mapTo(CaseView.class).list();
    }

    /** The case's state when the scope allows it; locked until the transaction ends when {@code lock}. */
    Optional<CaseRef> findRef(Handle h, UUID id, CaseScope scope, boolean lock) {
        Query q = h.createQuery("select c.id, c.scheme_id, c.status, c.selected_on, c.exited_on, c.version" + FROM
                + " where c.id = :id and c.erased_at is null" + scope.onScheme() + (lock ? " for update of c" : ""))
                .bind("id", id);
        return scope.bind(q).mapTo(CaseRef.class).findFirst();
    }

    /** One case of a person on a scheme, as a new selection of them is checked against it. */
    record PersonCase(UUID id, CaseStatus status, LocalDate exitedOn) {}

    /** Every case of this person on this scheme, the active one first, then the most recently exited. */
    List<PersonCase> casesOfPerson(Handle h, UUID schemeId, String crn) {
        return h.createQuery("select c.id, c.status, c.exited_on from iom_case c where c.scheme_id = :scheme"
                        + " and c.crn = :crn order by (" + ACTIVE + ") desc, c.exited_on desc")
                .bind("scheme", schemeId).bind("crn", crn).mapTo(PersonCase.class).list();
    }

    /**
     * A page of cases in the order of {@code sort} after {@code after} (null: the first page), at most {@code limit} + 1
     * rows (the last tells whether there is a next page); the consultation of the page's cases (not that look-ahead
     * row) is logged by the same statement, in the page's order.
     */
    List<CaseView> pageLogged(Handle h, Where where, CaseSort sort, CaseSort.Position after, int limit,
            LocalDate today, AccessLog log) {
        String order = sort.orderBy("sort_key", "id");
        Query q = h.createQuery("with page as (" + pageSql(where, sort, after) + "), logged as ("
                        + AccessLog.insertEach("(select id, scheme_id from page" + order
                                + " limit :pageSize) as t(case_id, scheme_id)")
                        + ") select * from page" + order)
                .bind("pageSize", limit);
        return bindPage(log.bind(q, AuditAction.CONSULTATION, null), where, after, limit, today)
                .mapTo(CaseView.class).list();
    }

    private static String pageSql(Where where, CaseSort sort, CaseSort.Position after) {
        return VIEW_COLUMNS.replace(FROM, ", " + sort.key() + " as sort_key" + FROM) + where.sql()
                + (after == null ? "" : sort.after()) + sort.orderBy(sort.key(), "c.id") + " limit :limit";
    }

    private static Query bindPage(Query q, Where where, CaseSort.Position after, int limit, LocalDate today) {
        q.bindMap(where.params()).bind("today", today).bind("limit", limit + 1);
        if (after != null) {
            q.bind("after", after.id());
            if (after.key() != null) {
                q.bind("afterKey", after.key());
            }
        }
        return q;
    }

    long count(Handle h, Where where) {
        return h.createQuery("select count(*)" + FROM + where.sql()).bindMap(where.params()).mapTo(Long.class).one();
    }

    /** The where clause of a list: the scope and each filter given, as SQL with its parameters. */
    static Where where(CaseListQuery f, CaseScope scope, LocalDate today) {
        Where w = new Where("c.erased_at is null" + scope.onScheme());
        scope.bind(w.params());
        w.and(f.schemeId(), "c.scheme_id = :schemeId", "schemeId");
        w.and(f.policeForceId(), "s.police_force_id = :force", "force");
        w.and(f.probationRegionCode(), "s.probation_region_code = :region", "region");
        w.and(f.cohort(), "c.cohort = :cohort", "cohort");
        w.and(f.status(), "c.status = :status", "status");
        w.and(f.riskOfSeriousHarm(), "c.risk_of_serious_harm = :risk", "risk");
        w.and(f.rag(), "c.rag = :rag", "rag");
        w.and(f.subjectCategory(), "c.subject_category = :category", "category");
        w.and(f.selectedFrom(), "c.selected_on >= :selectedFrom", "selectedFrom");
        w.and(f.selectedTo(), "c.selected_on <= :selectedTo", "selectedTo");
        w.and(f.crn(), "c.crn = :crn", "crn");
        w.and(f.pncId(), "c.pnc_id = :pncId", "pncId");
        w.and(f.updatedSince(), "c.updated_at >= :updatedSince", "updatedSince");
        if (f.reviewOverdue() != null) {
            String overdue = "(" + ACTIVE + " and c.next_review_on < :overdueToday)";
            w.and(f.reviewOverdue() ? overdue : "not coalesce(" + overdue + ", false)").bind("overdueToday", today);
        }
        return w;
    }
}
