package org.iom.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.Paging;

/** Reads the access log (newest first, keyset paged). The log itself is written by {@code AccessLog}. */
@ApplicationScoped
public class AuditQueryService {

    @Inject
    EntityManager em;

    public record Filter(UUID caseId, String actor, AuditAction action, Instant from, Instant to) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditEventPage find(Filter f, int limit, String cursor) {
        List<String> after = Paging.decodeCursor(cursor, 2);
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor, client, roles, action, case_id, scheme_id, recipient, reason, request_id
                from audit_event where true""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.caseId() != null) {
            sql.append(" and case_id = :caseId");
            params.put("caseId", f.caseId());
        }
        if (f.actor() != null) {
            sql.append(" and actor = :actor");
            params.put("actor", f.actor());
        }
        if (f.action() != null) {
            sql.append(" and action = :action");
            params.put("action", f.action().name());
        }
        if (f.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", Timestamp.from(f.to()));
        }
        if (after != null) {
            try {
                params.put("afterAt", Timestamp.from(Instant.parse(after.get(0))));
                params.put("afterId", Long.parseLong(after.get(1)));
            } catch (RuntimeException e) {
                throw org.iom.common.ProblemException.invalid("cursor", "not a cursor returned by this API");
            }
            sql.append(" and (occurred_at, id) < (:afterAt, :afterId)");
        }
        sql.append(" order by occurred_at desc, id desc limit :limit");
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        q.setParameter("limit", limit + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<AuditEventView> items = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            items.add(view(rows.get(i)));
        }
        String next = rows.size() > limit
                ? Paging.encodeCursor(items.get(limit - 1).occurredAt(), items.get(limit - 1).id()) : null;
        return new AuditEventPage(items, next);
    }

    private static AuditEventView view(Object[] r) {
        Instant at = r[1] instanceof Timestamp ts ? ts.toInstant() : r[1] instanceof Instant i ? i
                : ((java.time.OffsetDateTime) r[1]).toInstant();
        String roles = (String) r[4];
        return new AuditEventView(((Number) r[0]).longValue(), at, (String) r[2], (String) r[3],
                roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
                AuditAction.valueOf((String) r[5]), (UUID) r[6], (UUID) r[7], (String) r[8], (String) r[9],
                (String) r[10]);
    }
}
