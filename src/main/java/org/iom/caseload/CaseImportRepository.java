package org.iom.caseload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iom.common.SqlValues;
import org.iom.common.db.Database;

/** The case_import table (progress and reports of bulk imports): plain SQL, the caller's scope in the query. */
@ApplicationScoped
public class CaseImportRepository {

    private static final TypeReference<List<CaseImportReport.Rejection>> REJECTIONS = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Database database;

    /**
     * Writes the RUNNING row. False when {@code idempotencyKey} (may be null) is already held by another of the same
     * caller's imports: nothing is written then.
     */
    boolean create(UUID id, UUID schemeId, CaseImportFormat format, String startedBy, Instant startedAt, long rowsRead,
            String idempotencyKey) {
        return em.createNativeQuery("""
                insert into case_import (id, scheme_id, format, status, rows_read, imported, rejected_count,
                                         rejected_truncated, started_by, started_at, updated_at, idempotency_key)
                values (:id, :scheme, :format, 'RUNNING', :rows, 0, 0, false, :by, :at, :at, :key)
                on conflict (started_by, idempotency_key) where idempotency_key is not null do nothing""")
                .setParameter("id", id).setParameter("scheme", schemeId).setParameter("format", format.name())
                .setParameter("rows", rowsRead).setParameter("by", startedBy)
                .setParameter("at", Timestamp.from(startedAt)).setParameter("key", idempotencyKey)
                .executeUpdate() == 1;
    }

    /** The caller's import that holds this Idempotency-Key. */
    record Keyed(UUID id, CaseImportStatus status, String requestHash, long rejectedRows) {}

    Optional<Keyed> findByKey(String startedBy, String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, status, request_hash, coalesce(rejected_rows, 0) from case_import
                where started_by = :by and idempotency_key = :key""")
                .setParameter("by", startedBy).setParameter("key", idempotencyKey).getResultList();
        return rows.stream().findFirst().map(r -> new Keyed(SqlValues.uuid(r[0]), CaseImportStatus.valueOf((String) r[1]),
                r[2] == null ? null : r[2].toString(), SqlValues.longValue(r[3])));
    }

    /** A FAILED import gives its Idempotency-Key up: it imported nothing, so a retry with the key runs anew. */
    void releaseKey(UUID id) {
        em.createNativeQuery("update case_import set idempotency_key = null where id = :id and status = 'FAILED'")
                .setParameter("id", id).executeUpdate();
    }

    void progress(UUID id, long rowsRead, Instant now) {
        em.createNativeQuery("update case_import set rows_read = :rows, updated_at = :now where id = :id and status = 'RUNNING'")
                .setParameter("rows", rowsRead).setParameter("now", Timestamp.from(now)).setParameter("id", id)
                .executeUpdate();
    }

    /**
     * Records how the import ended. {@code requestHash} (null without an Idempotency-Key, and for a FAILED import) and
     * {@code rejectedRows} are what its key remembers for a replay.
     */
    void finish(UUID id, CaseImportStatus status, long rowsRead, long imported, long rejectedCount, long rejectedRows,
            boolean truncated, List<CaseImportReport.Rejection> rejected, String requestHash, Instant now) {
        String rejectedJson;
        try {
            rejectedJson = rejected == null || rejected.isEmpty() ? null : json.writeValueAsString(rejected);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                update case_import set status = :status, rows_read = :rows, imported = :imported,
                       rejected_count = :rejectedCount, rejected_truncated = :truncated, rejected = cast(:rejected as jsonb),
                       rejected_rows = :rejectedRows, request_hash = :hash, finished_at = :now, updated_at = :now
                where id = :id""")
                .setParameter("status", status.name()).setParameter("rows", rowsRead).setParameter("imported", imported)
                .setParameter("rejectedCount", rejectedCount).setParameter("truncated", truncated)
                .setParameter("rejected", rejectedJson).setParameter("rejectedRows", rejectedRows)
                .setParameter("hash", requestHash).setParameter("now", Timestamp.from(now))
                .setParameter("id", id).executeUpdate();
    }

    /** The advisory lock an import's transaction holds while it runs (taken before its RUNNING row is written). */
    static String runLockKey(UUID importId) {
        return "case_import_run:" + importId;
    }

    /**
     * Records a RUNNING import as FAILED when its transaction is gone: nobody holds its run lock (this transaction can
     * take it) and its row has not moved for {@link #INTERRUPTED_AFTER_SECONDS} (a failed import is marked REJECTED or
     * FAILED just after its rollback; this leaves it the time to). True when the import was marked.
     */
    boolean markInterrupted(UUID id, Instant now) {
        return em.createNativeQuery("""
                update case_import set status = 'FAILED', finished_at = :now, updated_at = :now
                where id = :id and status = 'RUNNING' and updated_at < :stale
                  and pg_try_advisory_xact_lock(hashtextextended(:key, 0))""")
                .setParameter("id", id).setParameter("now", Timestamp.from(now))
                .setParameter("stale", Timestamp.from(now.minusSeconds(INTERRUPTED_AFTER_SECONDS)))
                .setParameter("key", runLockKey(id)).executeUpdate() == 1;
    }

    static final long INTERRUPTED_AFTER_SECONDS = 10;

    Optional<CaseImportReport> find(UUID id, CaseScope scope) {
        return database.inTransaction(h -> scope.bind(h.createQuery("""
                        select i.id, i.scheme_id, i.format, i.status, i.rows_read, i.imported, i.rejected_count,
                               i.rejected_truncated, cast(i.rejected as text) as rejected, i.started_at, i.finished_at
                        from case_import i join scheme s on s.id = i.scheme_id
                        where i.id = :id""" + scope.onScheme()).bind("id", id))
                .mapTo(ReportRow.class).findFirst().map(this::report));
    }

    /** A row of case_import as read for a report; {@code rejected} is the JSON text of the rejections. */
    record ReportRow(UUID id, UUID schemeId, CaseImportFormat format, CaseImportStatus status, long rowsRead,
            long imported, long rejectedCount, boolean rejectedTruncated, String rejected, Instant startedAt,
            Instant finishedAt) {}

    private CaseImportReport report(ReportRow r) {
        List<CaseImportReport.Rejection> rejected;
        try {
            rejected = r.rejected() == null ? List.of() : json.readValue(r.rejected(), REJECTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new CaseImportReport(r.id(), r.schemeId(), r.format(), r.status(), r.rowsRead(), r.imported(),
                r.rejectedCount(), r.rejectedTruncated(), rejected, r.startedAt(), r.finishedAt());
    }
}
