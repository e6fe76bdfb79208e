package org.iom.caseload;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.Idempotency;
import org.iom.common.Ids;
import org.iom.common.ImportConfig;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.common.db.Database;
import org.iom.scheme.SchemeRef;
import org.iom.scheme.SchemeService;
import org.iom.scheme.SchemeStatus;
import org.iom.security.Caller;
import org.jboss.logging.Logger;

/**
 * Bulk import of cases onto one scheme (ADR 0021): who may import onto which scheme, the body read once as a stream
 * ({@link CaseImportBody}, rows by {@link CaseImportRows}), an earlier import with the same Idempotency-Key answered
 * again ({@link CaseImportIdempotency}), one import run in a transaction of its own with the import's timeout
 * ({@link CaseImportRun}), and the report of one that rolled back recorded after it. Configuration:
 * {@link ImportConfig}.
 */
@ApplicationScoped
public class CaseImportService {

    private static final Logger LOG = Logger.getLogger(CaseImportService.class);

    @Inject SchemeService schemes;
    @Inject CaseImportRepository imports;
    @Inject CaseImportIdempotency idempotency;
    @Inject CaseHistory history;
    @Inject Caller caller;
    @Inject Database database;
    @Inject AppClock clock;
    @Inject Validator validator;
    @Inject ObjectMapper json;
    @Inject ImportConfig config;

    /** An import's answer: its report, and whether it is the replay of an earlier import with the same key. */
    public record Answer(CaseImportReport report, boolean replayed) {}

    /**
     * Imports the rows of {@code body}; a 201 report, or a {@link ProblemException} (422 with the report). With an
     * {@code idempotencyKey} (may be null) an import the caller made before with the same key and the same request is
     * answered again instead of being run again.
     */
    public Answer importCases(UUID schemeId, CaseImportFormat format, InputStream body, String idempotencyKey) {
        SchemeRef scheme = importable(schemeId);
        InputStream limited = CaseImportBody.limited(body, config.maxBodySize().asLongValue());
        String startedBy = truncate(caller.subject()); // as case_import.started_by keeps it (the key's owner)
        MessageDigest digest = null;
        if (idempotencyKey != null) {
            Idempotency.validateKey(idempotencyKey);
            digest = CaseImportIdempotency.digest(schemeId, format);
            Optional<Answer> replay = idempotency.earlier(startedBy, idempotencyKey, limited, digest);
            if (replay.isPresent()) {
                return replay.get();
            }
            limited = CaseImportBody.hashed(limited, digest);
        }
        CaseImportRows.Source source = source(format, CaseImportBody.utf8(limited), schemeId);
        CaseImportRepository.Start start = new CaseImportRepository.Start(Ids.newId(), scheme.id(), format, startedBy,
                clock.now(), idempotencyKey);
        return new Answer(run(new CaseImportRun(tools(), scheme, start, source, limited, digest)), false);
    }

    /** The scheme to import onto: one the caller may select onto (403 otherwise) that is not CLOSED (409). */
    private SchemeRef importable(UUID schemeId) {
        SchemeRef scheme = schemes.ref(schemeId)
                .orElseThrow(() -> ProblemException.invalid("schemeId", "no scheme with this id"));
        if (!CaseScope.of(caller).allows(scheme.code())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may import cases only onto your own schemes "
                    + "(the token's schemes claim); " + scheme.code() + " is not one of them.");
        }
        if (scheme.status() == SchemeStatus.CLOSED) {
            throw ProblemException.conflict("Scheme " + scheme.code() + " is CLOSED: it takes no new selections.");
        }
        return scheme;
    }

    /** The rows of the file; a CSV's header row is read (and checked) here, before the import starts. */
    private CaseImportRows.Source source(CaseImportFormat format, Reader reader, UUID schemeId) {
        try {
            return format == CaseImportFormat.CSV ? new CaseImportRows.Csv(reader, schemeId)
                    : new CaseImportNdjson(reader, json.readerFor(NewCase.class), schemeId);
        } catch (IOException e) {
            throw CaseImportBody.unreadable(e);
        }
    }

    private CaseImportRun.Tools tools() {
        return new CaseImportRun.Tools(database, imports, history, clock, validator, config.timeout());
    }

    /** Runs the import in a transaction of its own, bounded by the import's timeout. */
    private CaseImportReport run(CaseImportRun run) {
        try {
            return QuarkusTransaction.requiringNew()
                    .timeout((int) Math.min(Integer.MAX_VALUE, config.timeout().toSeconds())).call(run::execute);
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof RuntimeException r ? after(run, r) : after(run, e);
        } catch (RuntimeException e) {
            throw after(run, e);
        }
    }

    /** After the import transaction rolled back: the report is recorded (REJECTED or FAILED) and the answer made. */
    private RuntimeException after(CaseImportRun run, RuntimeException e) {
        if (e instanceof CaseImportRun.Rejected) {
            CaseImportRepository.Outcome rejected = run.rejected(clock.now());
            database.inNewTransaction(h -> imports.finish(h, run.id(), rejected));
            return CaseImportRejected.problem(run.id(), rejected.rowsRead(), rejected.rejectedRows(),
                    rejected.rejectedCount(), rejected.truncated(), rejected.rejected(), Map.of());
        }
        if (run.recorded()) {
            try {
                database.inNewTransaction(h -> imports.finish(h, run.id(), run.failed(clock.now())));
            } catch (RuntimeException again) {
                LOG.warnf("Import %s failed and could not be marked FAILED: %s", run.id(), again.toString());
            }
        }
        return e;
    }

    /**
     * The import's report. One still RUNNING whose transaction is gone (its instance stopped or crashed mid-import:
     * the transaction rolled back, nothing was imported) is recorded as FAILED here, so nobody waits for it.
     */
    @Transactional
    public CaseImportReport get(UUID id) {
        CaseScope scope = CaseScope.of(caller);
        return database.inTransaction(h -> {
            CaseImportReport report = imports.find(h, id, scope).orElseThrow(() -> ProblemException.notFound("Import", id));
            return idempotency.settled(h, id, report.status()) == report.status() ? report
                    : imports.find(h, id, scope).orElseThrow();
        });
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }
}
