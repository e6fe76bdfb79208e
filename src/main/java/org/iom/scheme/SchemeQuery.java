package org.iom.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iom.common.db.Where;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Lists schemes (read layer, ADR 0027): every filter in the query, keyset paged on the code. */
@ApplicationScoped
public class SchemeQuery {

    /** A row of the list; cohorts comma-separated. */
    record Row(UUID id, String code, String name, String policeForceId, String probationRegionCode, LocalDate launchedOn,
            SchemeStatus status, SchemeSetting setting, String cohorts, boolean coLocated, boolean sharedCaseSystem,
            String contactName, String contactEmail, String contactPhone, Instant createdAt, Instant updatedAt,
            long version) {

        SchemeView view() {
            return new SchemeView(id, code, name, policeForceId, probationRegionCode, launchedOn, status, setting,
                    Cohort.sorted(cohorts.split(",")), coLocated, sharedCaseSystem,
                    Contact.of(contactName, contactEmail, contactPhone), createdAt, updatedAt, version);
        }
    }

    /** At most {@code limit} + 1 schemes matching {@code where}, in code order after {@code afterCode} (null: first). */
    List<SchemeView> page(Handle h, Where where, String afterCode, int limit) {
        Query q = h.createQuery("""
                select s.id, s.code, s.name, s.police_force_id, s.probation_region_code, s.launched_on, s.status,
                       s.setting, array_to_string(s.cohorts, ',') as cohorts, s.co_located, s.shared_case_system,
                       s.contact_name, s.contact_email, s.contact_phone, s.created_at, s.updated_at, s.version
                from scheme s""" + where.sql() + (afterCode == null ? "" : " and s.code > :after")
                + " order by s.code limit :limit")
                .bindMap(where.params()).bind("limit", limit + 1);
        if (afterCode != null) {
            q.bind("after", afterCode);
        }
        return q.mapTo(Row.class).map(Row::view).list();
    }

    long count(Handle h, Where where) {
        return h.createQuery("select count(*) from scheme s" + where.sql()).bindMap(where.params()).mapTo(Long.class).one();
    }

    /** The where clause of a list: the condition of each filter given, with its parameter. */
    static Where where(SchemeFilter f) {
        return new Where()
                .and(SchemeFilter.given(f.policeForceId()), "s.police_force_id = :force", "force")
                .and(SchemeFilter.given(f.probationRegionCode()), "s.probation_region_code = :region", "region")
                .and(f.status(), "s.status = :status", "status")
                .and(f.cohort(), "cast(:cohort as varchar) = any(s.cohorts)", "cohort")
                .and(f.text() == null ? null : likeContains(f.text()),
                        "(s.name ilike :q escape '!' or s.code ilike :q escape '!')", "q")
                .and(f.updatedSince(), "s.updated_at >= :updatedSince", "updatedSince");
    }

    /**
     * LIKE wildcards escaped, so user text matches literally (with {@code escape '!'}: Jdbi's parser reads a backslash
     * in a literal as an escape).
     */
    private static String likeContains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
