package org.iom.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Lists schemes (read layer, ADR 0027): every filter in the query, keyset paged on the code. */
@ApplicationScoped
public class SchemeQuery {

    /** The condition each filter adds, by the name of its parameter. */
    private static final Map<String, String> CONDITIONS = Map.of(
            "force", "s.police_force_id = :force",
            "region", "s.probation_region_code = :region",
            "status", "s.status = :status",
            "cohort", "cast(:cohort as varchar) = any(s.cohorts)",
            "q", "(s.name ilike :q escape '!' or s.code ilike :q escape '!')",
            "updatedSince", "s.updated_at >= :updatedSince");

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
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("force", SchemeFilter.given(f.policeForceId()));
        params.put("region", SchemeFilter.given(f.probationRegionCode()));
        params.put("status", f.status() == null ? null : f.status().name());
        params.put("cohort", f.cohort() == null ? null : f.cohort().name());
        params.put("q", f.text() == null ? null : likeContains(f.text()));
        params.put("updatedSince", f.updatedSince());
        params.values().removeIf(Objects::isNull);
        StringBuilder sql = new StringBuilder(" where true");
        params.keySet().forEach(name -> sql.append(" and ").append(CONDITIONS.get(name)));
        return new Where(sql.toString(), params);
    }

    /**
     * LIKE wildcards escaped, so user text matches literally (with {@code escape '!'}: Jdbi's parser reads a backslash
     * in a literal as an escape).
     */
    private static String likeContains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** A where clause and its parameters. */
    record Where(String sql, Map<String, Object> params) {}
}
