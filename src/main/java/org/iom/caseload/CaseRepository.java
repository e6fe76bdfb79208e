package org.iom.caseload;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Cases: written through Panache (selection, changes, exit); the write that is SQL, not an entity change, take the
 * read layer's {@link Handle} (ADR 0027), inside the service's transaction. Reads: {@link CaseQuery}.
 */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<IomCase, UUID> {

    /** Serialises selections of one person onto one scheme until the transaction ends. */
    void lockPerson(Handle h, UUID schemeId, String crn) {
        h.createQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .bind("key", "iom_case:" + schemeId + ":" + crn).mapTo(Integer.class).one();
    }
}
