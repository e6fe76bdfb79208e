package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The SQL of a case's history (ADR 0037): append an entry (the runtime role may only insert and read), and empty the
 * entries of an erased case through {@code erase_case_history}, the one way the runtime role can change them.
 */
@ApplicationScoped
public class CaseHistoryRepository {

    /** One entry as stored: {@code changes} is its field changes as a JSON array. */
    record Row(UUID id, UUID caseId, Instant occurredAt, String actor, String actorName, HistoryOperation operation,
            UUID resourceId, String changes, String reason, String requestId) {}

    /** Who acted, when and why: what every entry of one operation shares. */
    record Who(Instant at, String actor, String actorName, String reason, String requestId) {}

    /** One field of the case as a selection's entry shows it (its API name, and its column as text). */
    private record Field(String name, String column) {}

    /** The fields of {@code NewCase}, in its order, as a selection's entry lists them (CaseHistory.diff). */
    private static final List<Field> SELECTED_FIELDS = List.of(new Field("schemeId", "c.scheme_id::text"),
            new Field("crn", "c.crn"), new Field("pncId", "c.pnc_id"), new Field("cohort", "c.cohort"),
            new Field("selectedOn", "c.selected_on::text"), new Field("selectionReason", "c.selection_reason"),
            new Field("riskOfSeriousHarm", "c.risk_of_serious_harm"),
            new Field("predictorScore", "c.predictor_score::text"), new Field("leadAgency", "c.lead_agency"),
            new Field("policeLead", "c.police_lead"), new Field("probationLead", "c.probation_lead"),
            new Field("rag", "c.rag"), new Field("nextReviewOn", "c.next_review_on::text"),
            new Field("subjectCategory", "c.subject_category"));

    /**
     * A data-modifying {@code WITH} part, {@code imported_history}, that writes the SELECTED entry of every case a bulk
     * import created ({@code :importScheme}, {@code :importId}) in one set-based insert: every field of the case as
     * imported, from no value, as a selection's entry lists them; who, when and why as {@link #bindWho} binds them;
     * the import as the entry's resource. It returns each {@code case_id}. Ids are UUID v7 of the statement's
     * millisecond, in the cases' order (each case has one such entry, its first). The changes are built as JSON text
     * and cast once.
     */
    static String importedEntries() {
        StringBuilder changes = new StringBuilder("('[' || concat_ws(','");
        for (Field f : SELECTED_FIELDS) {
            // A null value makes its element null, and concat_ws leaves it out, as the diff leaves out a null field.
            changes.append(",\n '{\"field\":\"").append(f.name())
                    .append("\",\"oldValue\":null,\"newValue\":' || to_json(").append(f.column()).append(")::text || '}'");
        }
        changes.append(") || ']')::jsonb");
        return """
                imported_history as (
                    insert into case_history (id, case_id, occurred_at, actor, actor_name, operation, resource_id,
                                              changes, reason, request_id)
                    select cast(:historyIdPrefix || lpad(to_hex(row_number() over (order by c.id)), 10, '0') as uuid),
                           c.id, :historyAt, :historyActor, :historyActorName, 'SELECTED', c.import_id, %s,
                           :historyReason, :historyRequestId
                    from iom_case c
                    where c.scheme_id = :importScheme and c.import_id = :importId
                    returning case_id)""".formatted(changes);
    }

    /** Binds who acted, when and why: the parameters of {@link #importedEntries}. */
    static <S extends SqlStatement<S>> S bindWho(S statement, Who who) {
        // UUID v7: the JVM's wall clock (as Ids.newId takes it: the case's later entries sort after), 32 random bits
        // for this statement, then a counter in the cases' order, so the ids are new keys in order (appended to the
        // index, not scattered over it).
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String prefix = String.format("%012x7%03x8%05x", System.currentTimeMillis(), random.nextInt(1 << 12),
                random.nextInt(1 << 20));
        return statement.bind("historyIdPrefix", prefix).bind("historyAt", who.at())
                .bind("historyActor", who.actor()).bind("historyActorName", who.actorName())
                .bind("historyReason", who.reason()).bind("historyRequestId", who.requestId());
    }

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
