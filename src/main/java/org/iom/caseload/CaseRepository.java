package org.iom.caseload;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iom.common.NamedSql;
import org.iom.common.SqlValues;
import org.iom.scheme.Cohort;

/** Cases: SQL with the caller's scope always in the query. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<IomCase, UUID> {

    /** The columns of a {@link CaseView}, with the scheme joined as {@code s}. */
    static final String VIEW_COLUMNS = """
            select c.id, c.scheme_id, s.code, c.crn, c.pnc_id, c.cohort, c.selected_on, c.selection_reason,
                   c.risk_of_serious_harm, c.predictor_score, c.lead_agency, c.police_lead, c.probation_lead, c.rag,
                   c.next_review_on, c.status, c.exited_on, c.exit_reason, c.created_at, c.updated_at, c.version
            from iom_case c join scheme s on s.id = c.scheme_id""";

    /**
     * The case as the API shows it, when the scope allows it, read with plain JDBC on {@code connection} (the hot path
     * of {@code GET /v1/cases/{id}}, ADR 0024): the same columns and mapping as the list.
     */
    Optional<CaseView> findView(Connection connection, UUID id, CaseScope scope, LocalDate today) throws SQLException {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        if (!scope.all()) {
            params.put("scopeCodes", scope.codesParameter());
        }
        List<CaseView> found = views(connection, VIEW_COLUMNS + " where c.id = :id and c.erased_at is null"
                + scope.onScheme(), params, today);
        return found.stream().findFirst();
    }

    /** A page of cases in id order (UUID v7, so creation order) after {@code after}, at most {@code limit} + 1 rows. */
    List<CaseView> page(Connection connection, String where, Map<String, Object> params, UUID after, int limit,
            LocalDate today) throws SQLException {
        Map<String, Object> all = new HashMap<>(params);
        if (after != null) {
            all.put("after", after);
        }
        all.put("limit", limit + 1);
        return views(connection, VIEW_COLUMNS + where + (after == null ? "" : " and c.id > :after")
                + " order by c.id limit :limit", all, today);
    }

    long countMatching(Connection connection, String where, Map<String, Object> params) throws SQLException {
        try (PreparedStatement count = NamedSql.prepare(connection,
                "select count(*) from iom_case c join scheme s on s.id = c.scheme_id" + where, params);
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<CaseView> views(Connection connection, String sql, Map<String, Object> params, LocalDate today)
            throws SQLException {
        try (PreparedStatement select = NamedSql.prepare(connection, sql, params);
                ResultSet rs = select.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            List<CaseView> views = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                views.add(view(row, today));
            }
            return views;
        }
    }

    /** The case as a managed entity when the scope allows it; locked for update when asked. */
    Optional<IomCase> findVisible(UUID id, CaseScope scope, boolean lock) {
        Query q = getEntityManager().createNativeQuery("select c.* from iom_case c where c.id = :id and c.erased_at is null"
                + scope.onSchemeId("c.scheme_id") + (lock ? " for update" : ""), IomCase.class);
        q.setParameter("id", id);
        if (!scope.all()) {
            q.setParameter("scopeCodes", scope.codesParameter());
        }
        @SuppressWarnings("unchecked")
        List<IomCase> found = q.getResultList();
        return found.stream().findFirst();
    }

    /**
     * Erases the personal data of a case (ADR 0020): the row stays for statistics, without CRN, PNC id or named leads;
     * its reviews lose their free-text notes; its needs assessments (levels only) stay.
     */
    void erase(UUID id, java.time.Instant now) {
        getEntityManager().createNativeQuery("""
                update iom_case set crn = null, pnc_id = null, police_lead = null, probation_lead = null,
                       erased_at = :now, updated_at = :now, version = version + 1
                where id = :id and erased_at is null""")
                .setParameter("id", id).setParameter("now", java.sql.Timestamp.from(now)).executeUpdate();
        getEntityManager().createNativeQuery("update outcome_review set note = null where case_id = :id")
                .setParameter("id", id).executeUpdate();
    }

    /** Every case of this person on this scheme, the active one first, then the most recently exited. */
    @SuppressWarnings("unchecked")
    List<Object[]> casesOfPerson(UUID schemeId, String crn) {
        return getEntityManager().createNativeQuery("""
                select c.id, c.status, c.exited_on from iom_case c where c.scheme_id = :scheme and c.crn = :crn
                order by (c.status = 'ACTIVE') desc, c.exited_on desc""")
                .setParameter("scheme", schemeId).setParameter("crn", crn).getResultList();
    }

    /** Serialises selections of one person onto one scheme until the transaction ends. */
    void lockPerson(UUID schemeId, String crn) {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", "iom_case:" + schemeId + ":" + crn).getSingleResult();
    }

    static CaseView view(Object[] r, LocalDate today) {
        CaseStatus status = CaseStatus.valueOf((String) r[15]);
        LocalDate nextReviewOn = SqlValues.date(r[14]);
        return new CaseView(SqlValues.uuid(r[0]), SqlValues.uuid(r[1]), (String) r[2], SqlValues.string(r[3]),
                (String) r[4], Cohort.valueOf((String) r[5]), SqlValues.date(r[6]),
                SelectionReason.valueOf((String) r[7]), RiskLevel.valueOf((String) r[8]), SqlValues.integer(r[9]),
                LeadAgency.valueOf((String) r[10]), (String) r[11], (String) r[12], Rag.valueOf((String) r[13]),
                nextReviewOn, overdue(status, nextReviewOn, today), status, SqlValues.date(r[16]),
                r[17] == null ? null : ExitReason.valueOf((String) r[17]), SqlValues.instant(r[18]),
                SqlValues.instant(r[19]), SqlValues.longValue(r[20]));
    }

    static boolean overdue(CaseStatus status, LocalDate nextReviewOn, LocalDate today) {
        return status == CaseStatus.ACTIVE && nextReviewOn != null && nextReviewOn.isBefore(today);
    }
}
