package org.iom.caseload;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cases: SQL with the caller's scope always in the query. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<IomCase, UUID> {

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

    static boolean overdue(CaseStatus status, LocalDate nextReviewOn, LocalDate today) {
        return status == CaseStatus.ACTIVE && nextReviewOn != null && nextReviewOn.isBefore(today);
    }
}
