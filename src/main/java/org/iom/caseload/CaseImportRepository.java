package org.iom.caseload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.iom.audit.AccessLog;
import org.iom.audit.AuditAction;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The SQL of the bulk import (Jdbi, ADR 0027), on the {@link Handle} its caller's transaction gives: the case_import
 * table (progress, reports, Idempotency-Keys; the caller's scope in the query), the locks an import holds, the scheme's
 * people it checks rows against, the COPY into iom_case on the transaction's own connection, and the access-log entry
 * of each case it created.
 */
@ApplicationScoped
public class CaseImportRepository {

    /** A RUNNING import whose row has not moved for this long, and whose run lock is free, is recorded FAILED. */
    static final long INTERRUPTED_AFTER_SECONDS = 10;
    /** Rows fetched at a time when the scheme's people are read (never the whole result held by the driver). */
    private static final int FETCH_SIZE = 10_000;
    private static final TypeReference<List<CaseImportReport.Rejection>> REJECTIONS = new TypeReference<>() {};
    /** The columns a row of {@link CaseImportCopy} gives, in its order. */
    private static final String CASE_COPY = "copy iom_case (id, crn, pnc_id, cohort, selected_on, selection_reason, "
            + "risk_of_serious_harm, predictor_score, lead_agency, police_lead, probation_lead, rag, next_review_on, "
            + "subject_category, scheme_id, status, version, created_at, updated_at, import_id) from stdin";

    @Inject ObjectMapper json;
    @Inject AccessLog accessLog;

    /** An import as it starts: the RUNNING row's values. {@code idempotencyKey} may be null. */
    record Start(UUID id, UUID schemeId, CaseImportFormat format, String startedBy, Instant startedAt,
            String idempotencyKey) {}

    /**
     * Writes the RUNNING row. False when {@code idempotencyKey} (may be null) is already held by another of the same
     * caller's imports: nothing is written then.
     */
    boolean create(Handle h, Start start, long rowsRead) {
        return h.createUpdate("""
                insert into case_import (id, scheme_id, format, status, rows_read, imported, rejected_count,
                                         rejected_truncated, started_by, started_at, updated_at, idempotency_key)
                values (:id, :scheme, :format, :running, :rows, 0, 0, false, :by, :at, :at, :key)
                on conflict (started_by, idempotency_key) where idempotency_key is not null do nothing""")
                .bind("id", start.id()).bind("scheme", start.schemeId()).bind("format", start.format().name())
                .bind("running", CaseImportStatus.RUNNING.name()).bind("rows", rowsRead)
                .bind("by", start.startedBy()).bind("at", start.startedAt()).bind("key", start.idempotencyKey())
                .execute() == 1;
    }

    /** The caller's import that holds this Idempotency-Key. */
    record Keyed(UUID id, CaseImportStatus status, String requestHash, long rejectedRows) {}

    Optional<Keyed> findByKey(Handle h, String startedBy, String idempotencyKey) {
        return h.createQuery("""
                select id, status, request_hash, coalesce(rejected_rows, 0) as rejected_rows from case_import
                where started_by = :by and idempotency_key = :key""")
                .bind("by", startedBy).bind("key", idempotencyKey).mapTo(Keyed.class).findFirst();
    }

    /** A FAILED import gives its Idempotency-Key up: it imported nothing, so a retry with the key runs anew. */
    void releaseKey(Handle h, UUID id) {
        h.createUpdate("update case_import set idempotency_key = null where id = :id and status = :failed")
                .bind("id", id).bind("failed", CaseImportStatus.FAILED.name()).execute();
    }

    /** Records the rows read so far of a RUNNING import; false when it is not RUNNING (any more). */
    boolean progress(Handle h, UUID id, long rowsRead, Instant now) {
        return h.createUpdate("update case_import set rows_read = :rows, updated_at = :now where id = :id and status = :running")
                .bind("rows", rowsRead).bind("now", now).bind("id", id)
                .bind("running", CaseImportStatus.RUNNING.name()).execute() == 1;
    }

    /**
     * How an import ended. {@code requestHash} (null without an Idempotency-Key, and for a FAILED import) and
     * {@code rejectedRows} are what its key remembers for a replay.
     */
    record Outcome(CaseImportStatus status, long rowsRead, long imported, long rejectedCount, long rejectedRows,
            boolean truncated, List<CaseImportReport.Rejection> rejected, String requestHash, Instant finishedAt) {

        static Outcome failed(long rowsRead, Instant finishedAt) {
            return new Outcome(CaseImportStatus.FAILED, rowsRead, 0, 0, 0, false, List.of(), null, finishedAt);
        }
    }

    /** Records how the import ended; false when it has no row (it ended before its first row was read). */
    boolean finish(Handle h, UUID id, Outcome o) {
        String rejectedJson;
        try {
            rejectedJson = o.rejected() == null || o.rejected().isEmpty() ? null : json.writeValueAsString(o.rejected());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return h.createUpdate("""
                update case_import set status = :status, rows_read = :rows, imported = :imported,
                       rejected_count = :rejectedCount, rejected_truncated = :truncated, rejected = cast(:rejected as jsonb),
                       rejected_rows = :rejectedRows, request_hash = :hash, finished_at = :now, updated_at = :now
                where id = :id""")
                .bind("status", o.status().name()).bind("rows", o.rowsRead()).bind("imported", o.imported())
                .bind("rejectedCount", o.rejectedCount()).bind("truncated", o.truncated())
                .bind("rejected", rejectedJson).bind("rejectedRows", o.rejectedRows())
                .bind("hash", o.requestHash()).bind("now", o.finishedAt())
                .bind("id", id).execute() == 1;
    }

    /** The advisory lock an import's transaction holds while it runs (taken before its RUNNING row is written). */
    static String runLockKey(UUID importId) {
        return "case_import_run:" + importId;
    }

    /**
     * Takes the import's locks until its transaction ends: one import per scheme at a time (two imports of the same
     * person cannot both pass the checks), and its own run lock, held by this transaction alone: a reader that can take
     * it knows the import is no longer running ({@link #markInterrupted}).
     */
    void lockForRun(Handle h, UUID schemeId, UUID importId) {
        for (String key : List.of("case_import:" + schemeId, runLockKey(importId))) {
            h.createQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                    .bind("key", key).mapTo(Integer.class).one();
        }
    }

    /**
     * Records a RUNNING import as FAILED when its transaction is gone: nobody holds its run lock (this transaction can
     * take it) and its row has not moved for {@link #INTERRUPTED_AFTER_SECONDS} (a failed import is marked REJECTED or
     * FAILED just after its rollback; this leaves it the time to). True when the import was marked.
     */
    boolean markInterrupted(Handle h, UUID id, Instant now) {
        return h.createUpdate("""
                update case_import set status = :failed, finished_at = :now, updated_at = :now
                where id = :id and status = :running and updated_at < :stale
                  and pg_try_advisory_xact_lock(hashtextextended(:key, 0))""")
                .bind("failed", CaseImportStatus.FAILED.name()).bind("running", CaseImportStatus.RUNNING.name())
                .bind("id", id).bind("now", now).bind("stale", now.minusSeconds(INTERRUPTED_AFTER_SECONDS))
                .bind("key", runLockKey(id)).execute() == 1;
    }

    Optional<CaseImportReport> find(Handle h, UUID id, CaseScope scope) {
        return scope.bind(h.createQuery("""
                        select i.id, i.scheme_id, i.format, i.status, i.rows_read, i.imported, i.rejected_count,
                               i.rejected_truncated, cast(i.rejected as text) as rejected, i.started_at, i.finished_at
                        from case_import i join scheme s on s.id = i.scheme_id
                        where i.id = :id""" + scope.onScheme()).bind("id", id))
                .mapTo(ReportRow.class).findFirst().map(this::report);
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

    /** Gives the CRN of every active case of the scheme to {@code each}, a batch of rows at a time. */
    void activeCrns(Handle h, UUID schemeId, Consumer<String> each) {
        h.createQuery("select crn from iom_case where scheme_id = :scheme and status = :active and crn is not null")
                .bind("scheme", schemeId).bind("active", CaseStatus.ACTIVE.name()).setFetchSize(FETCH_SIZE)
                .mapTo(String.class).forEach(each);
    }

    /** A person's latest exit from the scheme. */
    record Exit(String crn, LocalDate exitedOn) {}

    /** Gives each person who had cases on the scheme, ordered by CRN, with their latest exit, to {@code each}. */
    void latestExits(Handle h, UUID schemeId, BiConsumer<String, LocalDate> each) {
        h.createQuery("""
                select crn, max(exited_on) as exited_on from iom_case
                where scheme_id = :scheme and status = :exited and crn is not null group by crn order by crn""")
                .bind("scheme", schemeId).bind("exited", CaseStatus.EXITED.name()).setFetchSize(FETCH_SIZE)
                .mapTo(Exit.class).forEach(e -> each.accept(e.crn(), e.exitedOn()));
    }

    /** The active case of a person on the scheme. */
    record ActiveCase(String crn, UUID id) {}

    /** The active case of each of these people on the scheme (of those who have one). */
    List<ActiveCase> activeCases(Handle h, UUID schemeId, List<String> crns) {
        return h.createQuery("""
                select c.crn, c.id from iom_case c
                where c.scheme_id = :scheme and c.status = :active and c.crn = any(:crns)""")
                .bind("scheme", schemeId).bind("active", CaseStatus.ACTIVE.name())
                .bindArray("crns", String.class, crns).mapTo(ActiveCase.class).list();
    }

    /**
     * Starts {@code COPY iom_case ... from stdin} on the transaction's own connection; a row is what
     * {@link CaseImportCopy} writes.
     */
    PGCopyOutputStream copyCases(Handle h) throws SQLException {
        return new PGCopyOutputStream(h.getConnection().unwrap(PGConnection.class), CASE_COPY, 1 << 16);
    }

    /**
     * One COLLECTION access-log entry per case the import created, with one insert ... select, and one COMBINATION
     * entry for the import itself (the scheme's, no case: the force's list merged into the service's cases; the
     * request id links it to the COLLECTION entries). Returns the COLLECTION entries written.
     */
    int logCollection(Handle h, UUID schemeId, UUID importId) {
        accessLog.record(h, AuditAction.COMBINATION, List.of(new AccessLog.Subject(null, schemeId)), null);
        return accessLog.recordEach(h, AuditAction.COLLECTION, """
                select c.id, c.scheme_id from iom_case c
                where c.scheme_id = :importScheme and c.import_id = :importId""",
                Map.of("importScheme", schemeId, "importId", importId));
    }
}
