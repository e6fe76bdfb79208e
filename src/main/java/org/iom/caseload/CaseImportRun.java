package org.iom.caseload;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.iom.common.AppClock;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.scheme.SchemeRef;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

/**
 * One import, from its first row to its report (ADR 0021), in one transaction ({@link #execute}): under the scheme's
 * import lock, every row is read and checked ({@link CaseImportChecks}) and, while every row so far is good, written
 * straight into iom_case with COPY ({@link CaseImportCopy}) on the transaction's own connection. All or nothing: after
 * the first bad row the COPY is abandoned (the remaining rows are still read and checked, for the report) and the
 * transaction rolls back ({@link Rejected}). On success one set-based statement writes each case's SELECTED history
 * entry and COLLECTION access-log entry (ADR 0037, 0021). Its RUNNING row and its progress (rows read, at most once a second) are written from separate short
 * transactions, so any instance can answer GET /v1/case-imports/{id} while it runs. Its state is read afterwards for
 * the report of an import that rolled back.
 */
final class CaseImportRun {

    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** The service's parts every run uses. */
    record Tools(Database database, CaseImportRepository imports, CaseHistory history, AppClock clock,
            Validator validator, Duration timeout) {

        /** {@code work} in a short transaction of its own, apart from the import's (which waits meanwhile). */
        <T> T apart(HandleCallback<T, RuntimeException> work) {
            return database.inNewTransaction(work);
        }
    }

    /** Thrown inside the import transaction when a row was rejected: rolls it back; the report is in the run. */
    static final class Rejected extends RuntimeException {
        Rejected() {
            super(null, null, false, false);
        }
    }

    private final Tools tools;
    private final SchemeRef scheme;
    private final CaseImportRepository.Start start;
    private final CaseImportRows.Source source;
    /** The body (read through the digest) and the digest, with an Idempotency-Key; else null. */
    private final InputStream body;
    private final MessageDigest digest;
    private final LocalDate today;
    private final CaseImportRejections rejections = new CaseImportRejections();
    private long rowsRead;
    private boolean recorded;
    private long lastProgress;

    CaseImportRun(Tools tools, SchemeRef scheme, CaseImportRepository.Start start, CaseImportRows.Source source,
            InputStream body, MessageDigest digest) {
        this.tools = tools;
        this.scheme = scheme;
        this.start = start;
        this.source = source;
        this.body = body;
        this.digest = digest;
        this.today = tools.clock().today();
    }

    UUID id() {
        return start.id();
    }

    /** Whether its RUNNING row was written (from the first row on). */
    boolean recorded() {
        return recorded;
    }

    /**
     * Runs the import in the caller's (new) transaction. Every statement of the import (the COPY, and the set-based
     * access-log insert after it) may take longer than the pool's socket timeout: the connection gets the import's own
     * bound while the import runs, and its usual one back before it returns to the pool.
     */
    CaseImportReport execute() throws SQLException {
        return tools.database().inTransaction(h -> {
            Connection connection = h.getConnection();
            int networkTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, tools.timeout().toMillis()));
            try {
                return importRows(h);
            } finally {
                if (!connection.isClosed()) {
                    connection.setNetworkTimeout(Runnable::run, networkTimeout);
                }
            }
        });
    }

    private CaseImportReport importRows(Handle h) throws SQLException {
        CaseImportRepository imports = tools.imports();
        imports.lockForRun(h, scheme.id(), id());
        CaseImportChecks checks = new CaseImportChecks(tools.validator(), scheme, today,
                CaseImportPeople.load(imports, h, scheme.id()));
        CaseHistoryRepository.Who who = tools.history().who();
        long imported = copy(new CaseImportCopy(imports.copyCases(h), scheme.id(), start.startedAt(), id(), who),
                checks);
        if (rejections.count() > 0) {
            throw new Rejected();
        }
        if (rowsRead == 0) {
            throw ProblemException.invalid("body", "the file has no rows to import");
        }
        imports.recordCreated(h, scheme.id(), id(), who);
        Instant finished = tools.clock().now();
        imports.finish(h, id(), new CaseImportRepository.Outcome(CaseImportStatus.COMPLETED, rowsRead, imported, 0, 0,
                false, List.of(), requestHash(), finished));
        return new CaseImportReport(id(), scheme.id(), start.format(), CaseImportStatus.COMPLETED, rowsRead, imported,
                0, false, List.of(), start.startedAt(), finished);
    }

    /** Reads every row; COPYs the good ones while no row was bad. Returns the number of cases copied. */
    private long copy(CaseImportCopy copy, CaseImportChecks checks) throws SQLException {
        lastProgress = System.nanoTime();
        try (copy) {
            CaseImportRows.Row row;
            while ((row = next()) != null) {
                rowsRead++;
                recordProgress();
                List<Problem.FieldError> errors = checks.check(row);
                if (!errors.isEmpty()) {
                    rejections.add(row.line(), errors);
                    copy.cancel();
                } else if (copy.copying()) {
                    copy.write(row.value());
                }
            }
            if (!copy.copying() || rowsRead == 0) {
                copy.cancel();
                return 0;
            }
            return copy.end();
        } catch (IOException e) {
            // Writing to COPY failed: a database failure (the mapper makes an unreachable database a 503).
            throw e.getCause() instanceof SQLException s ? s : new SQLException("COPY failed", e);
        }
    }

    /** At the first row, the RUNNING row (apart); then the rows read so far, at most once a second. */
    private void recordProgress() {
        if (!recorded) {
            if (!tools.apart(h -> tools.imports().create(h, start, rowsRead))) {
                // another request with the same key got there first
                throw CaseImportIdempotency.stillRunning(tools.apart(h -> tools.imports()
                        .findByKey(h, start.startedBy(), start.idempotencyKey()))
                        .map(CaseImportRepository.Keyed::id).orElse(id()));
            }
            recorded = true;
        } else if ((rowsRead & 255) == 0 && System.nanoTime() - lastProgress >= PROGRESS_NANOS) {
            long n = rowsRead;
            tools.apart(h -> tools.imports().progress(h, id(), n, tools.clock().now()));
            lastProgress = System.nanoTime();
        }
    }

    private CaseImportRows.Row next() {
        try {
            return source.next();
        } catch (IOException e) {
            throw CaseImportBody.unreadable(e);
        } catch (UncheckedIOException e) {
            throw CaseImportBody.unreadable(e.getCause());
        }
    }

    /**
     * The hash of the whole request, for its Idempotency-Key (null without one). The rows were read to the end of the
     * file; whatever the parser left unread (trailing blank lines) is read here so the hash covers every byte.
     */
    String requestHash() {
        return digest == null ? null : CaseImportBody.hashOfRest(body, digest);
    }

    /** How a rejected import ended (after its rollback): its report, the "already active" rows naming the case. */
    CaseImportRepository.Outcome rejected(Instant now) {
        List<CaseImportReport.Rejection> reported = reportedRejections();
        return new CaseImportRepository.Outcome(CaseImportStatus.REJECTED, rowsRead, 0, rejections.count(),
                rejections.rows(), rejections.truncated(), reported, requestHash(), now);
    }

    /** How an import that failed for another reason ended: nothing imported. */
    CaseImportRepository.Outcome failed(Instant now) {
        return CaseImportRepository.Outcome.failed(rowsRead, now);
    }

    private List<CaseImportReport.Rejection> reportedRejections() {
        List<String> crns = rejections.activeCrns();
        Map<String, UUID> active = crns.isEmpty() ? Map.of() : tools.apart(h -> tools.imports()
                .activeCases(h, scheme.id(), crns).stream()
                .collect(Collectors.toMap(CaseImportRepository.ActiveCase::crn, CaseImportRepository.ActiveCase::id)));
        return rejections.reported(active, scheme.code());
    }
}
