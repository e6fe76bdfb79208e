package org.iom.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads the access log, newest first, keyset paged on (occurred_at, id). */
@ApplicationScoped
public class AuditEventQuery {

    /** A row of audit_event; {@code roles} is stored comma-separated. */
    record Row(long id, Instant occurredAt, String actor, String client, String roles, AuditAction action,
            UUID caseId, UUID schemeId, String recipient, String reason, String requestId) {

        AuditEventView view() {
            return new AuditEventView(id, occurredAt, actor, client,
                    roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), action, caseId,
                    schemeId, recipient, reason, requestId);
        }
    }

    private static final String COLUMNS = "select id, occurred_at, actor, client, roles, action, case_id, scheme_id, "
            + "recipient, reason, request_id";

    /** The key of the last entry of the previous page. */
    record After(Instant occurredAt, long id) {}

    /** The entries about these cases, newest first, at most {@code limit} + 1. */
    List<AuditEventView> aboutCases(Handle h, List<UUID> caseIds, int limit) {
        return h.createQuery(COLUMNS + " from audit_event where case_id = any(:ids)"
                        + " order by occurred_at desc, id desc limit :limit")
                .bind("ids", caseIds.toArray(new UUID[0])).bind("limit", limit + 1)
                .mapTo(Row.class).map(Row::view).list();
    }

    /** At most {@code limit} + 1 entries matching the filter, after {@code after} (null: the first page). */
    List<AuditEventView> page(Handle h, AuditEventFilter f, After after, int limit) {
        StringBuilder sql = new StringBuilder(COLUMNS + " from audit_event where true");
        if (f.caseId() != null) {
            sql.append(" and case_id = :caseId");
        }
        if (f.actor() != null) {
            sql.append(" and actor = :actor");
        }
        if (f.action() != null) {
            sql.append(" and action = :action");
        }
        if (f.from() != null) {
            sql.append(" and occurred_at >= :from");
        }
        if (f.to() != null) {
            sql.append(" and occurred_at < :to");
        }
        if (after != null) {
            sql.append(" and (occurred_at, id) < (:afterAt, :afterId)");
        }
        sql.append(" order by occurred_at desc, id desc limit :limit");
        Query q = h.createQuery(sql.toString()).bind("limit", limit + 1)
                .bind("caseId", f.caseId()).bind("actor", f.actor())
                .bind("action", f.action() == null ? null : f.action().name())
                .bind("from", f.from()).bind("to", f.to());
        if (after != null) {
            q.bind("afterAt", after.occurredAt()).bind("afterId", after.id());
        }
        return q.mapTo(Row.class).map(Row::view).list();
    }
}
