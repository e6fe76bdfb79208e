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
            List<CaseView> views = new ArrayList<>();
            while (rs.next()) {
                views.add(view(rs, today));
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

    /**
     * The row of {@link #VIEW_COLUMNS} at the result set's cursor. Dates and times are read as java.time values
     * ({@code getObject(i, LocalDate.class)}): the driver's untyped {@code getObject} makes java.sql.Date and Timestamp
     * through a Calendar, which was about 5% of the JVM's samples while serving pages of 20 cases (JFR).
     */
    static CaseView view(ResultSet rs, LocalDate today) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString(16));
        LocalDate nextReviewOn = rs.getObject(15, LocalDate.class);
        String exitReason = rs.getString(18);
        return new CaseView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), Cohort.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
                SelectionReason.valueOf(rs.getString(8)), RiskLevel.valueOf(rs.getString(9)), rs.getObject(10, Integer.class),
                LeadAgency.valueOf(rs.getString(11)), rs.getString(12), rs.getString(13), Rag.valueOf(rs.getString(14)),
                nextReviewOn, overdue(status, nextReviewOn, today), status, rs.getObject(17, LocalDate.class),
                exitReason == null ? null : ExitReason.valueOf(exitReason), instant(rs, 19), instant(rs, 20),
                rs.getLong(21));
    }

    private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static boolean overdue(CaseStatus status, LocalDate nextReviewOn, LocalDate today) {
        return status == CaseStatus.ACTIVE && nextReviewOn != null && nextReviewOn.isBefore(today);
    }
}
