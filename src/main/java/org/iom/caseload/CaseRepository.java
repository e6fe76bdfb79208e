package org.iom.caseload;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Cases: written through Panache (selection, changes, exit); the two writes that are SQL, not entity changes, take the
 * read layer's {@link Handle} (ADR 0027), inside the service's transaction. Reads: {@link CaseQuery}.
 */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<IomCase, UUID> {

    /**
     * Erases the personal data of a case (ADR 0020): the row stays for statistics, without CRN, PNC id or named leads;
     * its reviews lose their free-text notes; its needs assessments (levels only) stay.
     */
    void erase(Handle h, UUID id, Instant now) {
        h.createUpdate("""
                update iom_case set crn = null, pnc_id = null, police_lead = null, probation_lead = null,
                       erased_at = :now, updated_at = :now, version = version + 1
                where id = :id and erased_at is null""")
                .bind("id", id).bind("now", now).execute();
        h.createUpdate("update outcome_review set note = null where case_id = :id").bind("id", id).execute();
    }

    /** Serialises selections of one person onto one scheme until the transaction ends. */
    void lockPerson(Handle h, UUID schemeId, String crn) {
        h.createQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .bind("key", "iom_case:" + schemeId + ":" + crn).mapTo(Integer.class).one();
    }
}
