package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The SQL of a case's history (ADR 0037): append an entry (the runtime role may only insert and read), and empty the
 * entries of an erased case through {@code erase_case_history}, the one way the runtime role can change them.
 */
@ApplicationScoped
public class CaseHistoryRepository {

    /** One entry as stored: {@code changes} is its field changes as a JSON array. */
    record Row(UUID id, UUID caseId, Instant occurredAt, String actor, String actorName, HistoryOperation operation,
            UUID resourceId, String changes, String reason, String requestId) {}

    void insert(Handle h, Row r) {
        h.createUpdate("""
                insert into case_history (id, case_id, occurred_at, actor, actor_name, operation, resource_id, changes,
                                          reason, request_id)
                values (:id, :caseId, :occurredAt, :actor, :actorName, :operation, :resourceId, cast(:changes as jsonb),
                        :reason, :requestId)""")
                .bind("id", r.id()).bind("caseId", r.caseId()).bind("occurredAt", r.occurredAt())
                .bind("actor", r.actor()).bind("actorName", r.actorName()).bind("operation", r.operation().name())
                .bind("resourceId", r.resourceId()).bind("changes", r.changes()).bind("reason", r.reason())
                .bind("requestId", r.requestId()).execute();
    }

    /** Empties the values and reasons of the history of a case erased in this transaction; returns the entries. */
    int erase(Handle h, UUID caseId) {
        return h.createQuery("select erase_case_history(:id)").bind("id", caseId).mapTo(Integer.class).one();
    }

    /** A page of the case's entries in id order after {@code after}, at most {@code limit} + 1 rows. */
    List<Row> page(Handle h, UUID caseId, UUID after, int limit) {
        var q = h.createQuery("select id, case_id, occurred_at, actor, actor_name, operation, resource_id, "
                        + "changes::text as changes, reason, request_id from case_history where case_id = :caseId"
                        + (after == null ? "" : " and id > :after") + " order by id limit :limit")
                .bind("caseId", caseId).bind("limit", limit + 1);
        if (after != null) {
            q.bind("after", after);
        }
        return q.mapTo(Row.class).list();
    }
}
