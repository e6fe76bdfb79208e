package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.iom.scheme.SchemeStatus;
import org.iom.statistics.Scope.SchemeInfo;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The schemes a statistics request covers, with their force and region, and the police forces. */
@ApplicationScoped
class SchemeScopeQuery {

    /** The schemes that pass every filter given (null: not filtered), in code order. */
    List<SchemeInfo> schemes(Handle h, Collection<String> codes, Collection<UUID> ids, String forceId,
            String regionCode, boolean activeOnly) {
        StringBuilder sql = new StringBuilder("""
                select s.id, s.code, s.name, s.police_force_id as force_id, f.name as force_name,
                       s.probation_region_code as region_code, r.name as region_name
                from scheme s
                join police_force f on f.id = s.police_force_id
                join probation_region r on r.code = s.probation_region_code
                where true""");
        sql.append(codes != null ? " and s.code = any(:codes)" : "")
                .append(!ids.isEmpty() ? " and s.id = any(:ids)" : "")
                .append(forceId != null ? " and s.police_force_id = :forceId" : "")
                .append(regionCode != null ? " and s.probation_region_code = :regionCode" : "")
                .append(activeOnly ? " and s.status = '" + SchemeStatus.ACTIVE.name() + "'" : "")
                .append(" order by s.code");
        Query q = h.createQuery(sql.toString());
        if (codes != null) {
            q.bindArray("codes", String.class, codes);
        }
        if (!ids.isEmpty()) {
            q.bindArray("ids", UUID.class, ids);
        }
        if (forceId != null) {
            q.bind("forceId", forceId);
        }
        if (regionCode != null) {
            q.bind("regionCode", regionCode);
        }
        return q.mapTo(SchemeInfo.class).list();
    }

    /** Every police force's id (or only {@code only} when given), in id order. */
    List<String> forces(Handle h, String only) {
        Query q = h.createQuery("select id from police_force" + (only != null ? " where id = :only" : "")
                + " order by id");
        if (only != null) {
            q.bind("only", only);
        }
        return q.mapTo(String.class).list();
    }
}
