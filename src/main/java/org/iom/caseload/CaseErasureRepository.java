package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of a case's erasure (ADR 0020) in the places the caseload feature owns: the case row (anonymised), its
 * outcome reviews' notes, and import reports' rejected rows that name the person or the case. The stored answers of
 * Idempotency-Keys are erased by {@link org.iom.common.Idempotency#erase}. ADR 0020 lists every place; the test
 * {@code PersonalDataInventoryTest} fails when a table holding personal data is not on that list.
 */
@ApplicationScoped
public class CaseErasureRepository {

    /** What identified the person before the erasure: what to look for in other copies. */
    record Identifiers(String crn, String pncId) {}

    /**
     * Anonymises the case row (CRN, PNC id, named leads gone; erased_at set), its outcome reviews' notes and its
     * retention reviews' reasons; returns the identifiers it held, or empty when it was already erased.
     */
    Optional<Identifiers> anonymise(Handle h, UUID id, Instant now) {
        Optional<Identifiers> held = h.createQuery("""
                with old as (select id, crn, pnc_id from iom_case where id = :id and erased_at is null for update)
                update iom_case c
                set crn = null, pnc_id = null, police_lead = null, probation_lead = null,
                    erased_at = :now, updated_at = :now, version = c.version + 1
                from old where c.id = old.id
                returning old.crn, old.pnc_id""")
                .bind("id", id).bind("now", now)
                .mapTo(Identifiers.class).findOne();
        h.createUpdate("update outcome_review set note = null where case_id = :id and note is not null")
                .bind("id", id).execute();
        h.createUpdate("update retention_review set reason = null where case_id = :id and reason is not null")
                .bind("id", id).execute();
        return held;
    }

    /**
     * Replaces the message of every rejected row of an import report that names the person (CRN or PNC id) or the
     * case (its id) with "(erased)"; the line and field stay. Returns the reports changed.
     */
    int eraseFromImportReports(Handle h, UUID id, Identifiers who) {
        List<String> needles = new ArrayList<>(List.of(id.toString(), who.crn()));
        if (who.pncId() != null) {
            needles.add(who.pncId());
        }
        return h.createUpdate("""
                update case_import i
                set rejected = (select jsonb_agg(case when exists (select 1 from unnest(:needles) n
                                                                   where strpos(x.e ->> 'message', n) > 0)
                                                      then jsonb_set(x.e, '{message}', to_jsonb('(erased)'::text))
                                                      else x.e end order by x.n)
                                from jsonb_array_elements(i.rejected) with ordinality as x(e, n))
                where i.rejected is not null
                  and exists (select 1 from unnest(:needles) n where strpos(i.rejected::text, n) > 0)""")
                .bind("needles", needles.toArray(new String[0]))
                .execute();
    }
}
