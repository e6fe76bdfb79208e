package org.iom.caseload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.iom.audit.AccessLog;
import org.iom.audit.AuditAction;
import org.iom.common.AppClock;
import org.iom.common.db.Database;
import org.iom.common.Idempotency;
import org.iom.common.Ids;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.scheme.SchemeRef;
import org.iom.scheme.SchemeService;
import org.iom.scheme.SchemeStatus;
import org.iom.security.Caller;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Bulk import of cases onto one scheme (ADR 0021). The body is read as a stream, row by row: each row is checked with
 * the rules of POST /v1/cases (bean validation of {@link NewCase}, {@link SelectionRules#check}, one active case per
 * person against the scheme's cases and the earlier rows of the file) and, while every row so far is good, written
 * straight into {@code iom_case} with PostgreSQL COPY on the transaction's own connection. All or nothing: after the
 * first bad row the COPY is abandoned (the remaining rows are still read and checked, for the report) and the
 * transaction rolls back. On success one insert ... select writes a COLLECTION access-log entry per case, in the
 * same transaction. Progress (rows read) is written from separate short transactions at most once a second, so any
 * pod can answer GET /v1/case-imports/{id} while the import runs.
 */
@ApplicationScoped
public class CaseImportService {

    private static final Logger LOG = Logger.getLogger(CaseImportService.class);

    /** The most rejected rows a report lists (rejectedCount counts them all; rejectedTruncated says so). */
    public static final int MAX_REPORTED = 1000;
    /** CRNs ([A-Z][0-9]{6}) as numbers: letter * 1,000,000 + digits, below this. */
    private static final int CRN_CODES = 26 * 1_000_000;
    /** Marks an "already active" rejection until the active case's id is looked up (NUL is in no real message). */
    private static final String ACTIVE_MARK = "\0ACTIVE ";
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final String CASE_COPY = "copy iom_case (id, crn, pnc_id, cohort, selected_on, selection_reason, "
            + "risk_of_serious_harm, predictor_score, lead_agency, police_lead, probation_lead, rag, next_review_on, "
            + "scheme_id, status, version, created_at, updated_at, import_id) from stdin";

    @Inject
    EntityManager em;

    @Inject
    SchemeService schemes;

    @Inject
    CaseImportRepository imports;

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    Database database;

    @Inject
    AppClock clock;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "iom.import.timeout", defaultValue = "1H")
    Duration timeout;

    @ConfigProperty(name = "iom.import.max-body-size", defaultValue = "1G")
    MemorySize maxBodySize;

    /** An import's answer: its report, and whether it is the replay of an earlier import with the same key. */
    public record Answer(CaseImportReport report, boolean replayed) {}

    /**
     * Imports the rows of {@code body}; a 201 report, or a {@link ProblemException} (422 with the report). With an
     * {@code idempotencyKey} (may be null) an import the caller made before with the same key and the same request is
     * answered again instead of being run again.
     */
    public Answer importCases(UUID schemeId, CaseImportFormat format, InputStream body, String idempotencyKey) {
        SchemeRef scheme = schemes.ref(schemeId)
                .orElseThrow(() -> ProblemException.invalid("schemeId", "no scheme with this id"));
        if (!CaseScope.of(caller).allows(scheme.code())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may import cases only onto your own schemes "
                    + "(the token's schemes claim); " + scheme.code() + " is not one of them.");
        }
        if (scheme.status() == SchemeStatus.CLOSED) {
            throw ProblemException.conflict("Scheme " + scheme.code() + " is CLOSED: it takes no new selections.");
        }
        InputStream limited = new Body(body, maxBodySize.asLongValue());
        String startedBy = truncate(caller.subject()); // as case_import.started_by keeps it (the key's owner)
        MessageDigest digest = null;
        if (idempotencyKey != null) {
            Idempotency.validateKey(idempotencyKey);
            digest = Idempotency.requestDigest("POST /v1/case-imports");
            digest.update((schemeId + "\0" + format + "\0").getBytes(StandardCharsets.UTF_8));
            Optional<Answer> replay = earlier(startedBy, idempotencyKey, limited, digest);
            if (replay.isPresent()) {
                return replay.get();
            }
            // Not closed by the parser at the end of the file: the rest (if any) is read into the hash after it.
            limited = new FilterInputStream(new DigestInputStream(limited, digest)) {
                @Override
                public void close() {
                    // the request's stream is closed by the server
                }
            };
        }
        Reader reader = new InputStreamReader(limited, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CaseImportRows.Source source;
        try {
            source = format == CaseImportFormat.CSV ? new CaseImportRows.Csv(reader, schemeId)
                    : new CaseImportRows.Ndjson(reader, newCaseReader(), schemeId);
        } catch (IOException e) {
            throw unreadable(e);
        }
        Run run = new Run(scheme, format, source, startedBy, idempotencyKey, limited, digest);
        try {
            return new Answer(QuarkusTransaction.requiringNew()
                    .timeout((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds())).call(run::execute), false);
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof RuntimeException r ? after(run, r) : after(run, e);
        } catch (RuntimeException e) {
            throw after(run, e);
        }
    }

    /**
     * The import's report. One still RUNNING whose transaction is gone (its instance stopped or crashed mid-import:
     * the transaction rolled back, nothing was imported) is recorded as FAILED here, so nobody waits for it.
     */
    @Transactional
    public CaseImportReport get(UUID id) {
        CaseScope scope = CaseScope.of(caller);
        CaseImportReport report = imports.find(id, scope).orElseThrow(() -> ProblemException.notFound("Import", id));
        return settled(id, report.status()) == report.status() ? report : imports.find(id, scope).orElseThrow();
    }

    /**
     * An import's status as its row gives it, except that one still RUNNING whose transaction is gone is recorded as
     * FAILED now ({@link CaseImportRepository#markInterrupted}) and FAILED is answered. Runs in the caller's transaction.
     */
    private CaseImportStatus settled(UUID id, CaseImportStatus status) {
        return status == CaseImportStatus.RUNNING && imports.markInterrupted(id, clock.now()) ? CaseImportStatus.FAILED
                : status;
    }

    /** What {@link #earlier} learns in its one transaction: the import holding the key, and its report once finished. */
    private record Holder(CaseImportRepository.Keyed keyed, CaseImportStatus status, CaseImportReport report) {}

    /**
     * The earlier import of this caller that holds {@code key}: its answer again when it finished and the request is
     * the same (the whole body is read to compare); 409 naming it when the request differs or while it runs. Empty when
     * there is none, or when it FAILED (it imported nothing; it gives the key up and this request runs anew).
     */
    private Optional<Answer> earlier(String who, String key, InputStream body, MessageDigest digest) {
        // One transaction, before the body is read: find the key's import, settle a RUNNING one whose transaction is
        // gone, give a FAILED one's key up, and read a finished one's report.
        Optional<Holder> found = QuarkusTransaction.requiringNew().call(() -> imports.findByKey(who, key).map(k -> {
            CaseImportStatus status = settled(k.id(), k.status());
            if (status == CaseImportStatus.FAILED) {
                imports.releaseKey(k.id());
            }
            CaseImportReport report = status == CaseImportStatus.RUNNING || status == CaseImportStatus.FAILED ? null
                    : imports.find(k.id(), CaseScope.of(caller)).orElseThrow(() -> ProblemException.notFound("Import", k.id()));
            return new Holder(k, status, report);
        }));
        if (found.isEmpty() || found.get().status() == CaseImportStatus.FAILED) {
            return Optional.empty();
        }
        CaseImportRepository.Keyed earlier = found.get().keyed();
        if (found.get().status() == CaseImportStatus.RUNNING) {
            throw stillRunning(earlier.id());
        }
        if (!hashOfRest(new DigestInputStream(body, digest), digest).equals(earlier.requestHash())) {
            // 409 naming the import that holds the key, not the 422 of the other writes: this operation's 422 is the
            // import report, whose shape clients rely on (ADR 0021, addendum 2).
            throw new ProblemException(ProblemType.CONFLICT, "This Idempotency-Key belongs to another import "
                    + earlier.id() + " (of another scheme or file): use a new key for a new import.",
                    List.of(new Problem.FieldError(Idempotency.HEADER, "already used with another scheme or file")),
                    earlier.id().toString(), null, Map.of());
        }
        CaseImportReport report = found.get().report();
        if (report.status() == CaseImportStatus.REJECTED) {
            throw rejected(report.id(), report.rowsRead(), earlier.rejectedRows(), report.rejectedCount(),
                    report.rejectedTruncated(), report.rejected(), Map.of(Idempotency.REPLAYED_HEADER, "true"));
        }
        return Optional.of(new Answer(report, true));
    }

    private static ProblemException stillRunning(UUID id) {
        return new ProblemException(ProblemType.CONFLICT, "An import with this Idempotency-Key is still running: "
                + "GET /v1/case-imports/" + id + " shows its progress; send the request again once it has finished.",
                null, id.toString(), null, Map.of("Retry-After", "10"));
    }

    /**
     * The request's hash, once the rest of the file is read through {@code digest} (which already holds the operation,
     * the scheme, the format and whatever of the file went through it before).
     */
    private static String hashOfRest(InputStream throughDigest, MessageDigest digest) {
        try {
            throughDigest.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw unreadable(e);
        }
        return Idempotency.hex(digest);
    }

    /** The 422 of a rejected import (the first answer, and a replay's). */
    private static ProblemException rejected(UUID id, long rowsRead, long rejectedRows, long rejectedCount,
            boolean truncated, List<CaseImportReport.Rejection> rejected, Map<String, String> headers) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("importId", id);
        report.put("rowsRead", rowsRead);
        report.put("imported", 0);
        report.put("rejectedCount", rejectedCount);
        report.put("rejectedTruncated", truncated);
        report.put("rejected", rejected);
        return new ProblemException(ProblemType.IMPORT_REJECTED, rejectedRows + " of " + rowsRead + " rows were rejected ("
                + rejectedCount + " problems): nothing was imported.", null, null, null, headers, report);
    }

    /** After the import transaction rolled back: the report is recorded (REJECTED or FAILED) and the answer made. */
    private RuntimeException after(Run run, RuntimeException e) {
        if (e instanceof Rejected) {
            List<CaseImportReport.Rejection> rejected = run.rejectedWithCaseIds();
            String hash = run.requestHash();
            QuarkusTransaction.requiringNew().run(() -> imports.finish(run.id, CaseImportStatus.REJECTED, run.rowsRead, 0,
                    run.rejectedCount, run.rejectedRows, run.rejectedCount > rejected.size(), rejected, hash, clock.now()));
            return rejected(run.id, run.rowsRead, run.rejectedRows, run.rejectedCount,
                    run.rejectedCount > rejected.size(), rejected, Map.of());
        }
        if (run.recorded) {
            try {
                QuarkusTransaction.requiringNew().run(() -> imports.finish(run.id, CaseImportStatus.FAILED, run.rowsRead,
                        0, 0, 0, false, List.of(), null, clock.now()));
            } catch (RuntimeException again) {
                LOG.warnf("Import %s failed and could not be marked FAILED: %s", run.id, again.toString());
            }
        }
        return e;
    }

    private ObjectReader newCaseReader() {
        return json.readerFor(NewCase.class);
    }

    private static ProblemException unreadable(IOException e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return ProblemException.invalid("body", "the file is not valid UTF-8 text");
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            return ProblemException.invalid("body", "the CSV could not be read" + (j.getLocation() == null ? ""
                    : " (line " + j.getLocation().getLineNr() + ")") + ": " + j.getOriginalMessage());
        }
        return new ProblemException(ProblemType.MALFORMED, "The request body could not be read.");
    }

    /** Thrown inside the import transaction when a row was rejected: rolls it back; the report is in the Run. */
    private static final class Rejected extends RuntimeException {
        Rejected() {
            super(null, null, false, false);
        }
    }

    /** One import: its state while the transaction runs (read afterwards for the report). */
    private final class Run {
        final UUID id = Ids.newId();
        final SchemeRef scheme;
        final CaseImportFormat format;
        final CaseImportRows.Source source;
        final LocalDate today = clock.today();
        // Microseconds, as PostgreSQL keeps them (AppClock.now): the first answer and every later one (GET, a
        // replay) agree.
        final Instant startedAt = clock.now();
        long rowsRead;
        long rejectedRows;
        long rejectedCount;
        boolean recorded;
        final List<CaseImportReport.Rejection> rejected = new ArrayList<>();
        /** Indexes into {@link #rejected} of "already active" rejections, whose case id is filled in at the end. */
        final Map<Integer, String> activeRejections = new HashMap<>();

        /** Who started it, as recorded (the owner of its Idempotency-Key). */
        final String startedBy;
        /** The request's Idempotency-Key, or null; then the body (read through the digest) and the digest. */
        final String idempotencyKey;
        final InputStream body;
        final MessageDigest digest;

        Run(SchemeRef scheme, CaseImportFormat format, CaseImportRows.Source source, String startedBy,
                String idempotencyKey, InputStream body, MessageDigest digest) {
            this.scheme = scheme;
            this.format = format;
            this.source = source;
            this.startedBy = startedBy;
            this.idempotencyKey = idempotencyKey;
            this.body = body;
            this.digest = digest;
        }

        /**
         * The hash of the whole request, for its Idempotency-Key (null without one). The rows were read to the end of
         * the file; whatever the parser left unread (trailing blank lines) is read here so the hash covers every byte.
         */
        String requestHash() {
            return digest == null ? null : hashOfRest(body, digest);
        }

        CaseImportReport execute() {
            Session session = em.unwrap(Session.class);
            // Every statement of the import (the COPY, and the set-based audit insert of one entry per case after
            // it) may take longer than the pool's socket timeout: the connection gets the import's own bound while
            // the import runs, and its usual one back before it returns to the pool.
            int networkTimeout = session.doReturningWork(Connection::getNetworkTimeout);
            session.doWork(c -> c.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis())));
            try {
                long imported = session.doReturningWork(this::copy);
                if (rejectedCount > 0) {
                    throw new Rejected();
                }
                if (rowsRead == 0) {
                    throw ProblemException.invalid("body", "the file has no rows to import");
                }
                database.useTransaction(h -> accessLog.recordEach(h, AuditAction.COLLECTION, """
                        select c.id, c.scheme_id from iom_case c
                        where c.scheme_id = :importScheme and c.import_id = :importId""",
                        Map.of("importScheme", scheme.id(), "importId", id)));
                Instant finished = clock.now();
                imports.finish(id, CaseImportStatus.COMPLETED, rowsRead, imported, 0, 0, false, List.of(), requestHash(),
                        finished);
                em.flush();
                return new CaseImportReport(id, scheme.id(), format, CaseImportStatus.COMPLETED, rowsRead, imported, 0,
                        false, List.of(), startedAt, finished);
            } finally {
                session.doWork(c -> {
                    if (!c.isClosed()) {
                        c.setNetworkTimeout(Runnable::run, networkTimeout);
                    }
                });
            }
        }

        /** Reads every row; COPYs the good ones while no row was bad. Returns the number of cases copied. */
        private long copy(Connection connection) throws SQLException {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                // One import per scheme at a time: two imports of the same person cannot both pass the checks below.
                lock.setString(1, "case_import:" + scheme.id());
                lock.execute();
                // Held while this import runs, by this transaction alone: a reader that can take it knows the import
                // is no longer running (CaseImportRepository.markInterrupted).
                lock.setString(1, CaseImportRepository.runLockKey(id));
                lock.execute();
                People people = People.load(connection, scheme.id());
                return stream(connection, people);
            }
        }

        private long stream(Connection connection, People people) throws SQLException {
            PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), CASE_COPY, 1 << 16);
            Writer out = new java.io.OutputStreamWriter(copy, StandardCharsets.UTF_8);
            String tail = "\t" + scheme.id() + "\tACTIVE\t0\t" + startedAt + "\t" + startedAt + "\t" + id + "\n";
            StringBuilder line = new StringBuilder(256);
            boolean copying = true;
            long lastProgress = System.nanoTime();
            try {
                CaseImportRows.Row row;
                while ((row = next()) != null) {
                    rowsRead++;
                    if (!recorded) {
                        boolean created = QuarkusTransaction.requiringNew().call(() -> imports.create(id, scheme.id(),
                                format, startedBy, startedAt, rowsRead, idempotencyKey));
                        if (!created) { // another request with the same key got there first
                            throw stillRunning(QuarkusTransaction.requiringNew().call(
                                    () -> imports.findByKey(startedBy, idempotencyKey))
                                    .map(CaseImportRepository.Keyed::id).orElse(id));
                        }
                        recorded = true;
                    } else if ((rowsRead & 255) == 0 && System.nanoTime() - lastProgress >= PROGRESS_NANOS) {
                        long n = rowsRead;
                        QuarkusTransaction.requiringNew().run(() -> imports.progress(id, n, clock.now()));
                        lastProgress = System.nanoTime();
                    }
                    List<Problem.FieldError> errors = check(row, people);
                    if (!errors.isEmpty()) {
                        reject(row.line(), errors);
                        if (copying) {
                            copying = false;
                            out = null;
                            copy.cancelCopy();
                        }
                    } else if (copying) {
                        encode(line, row.value());
                        line.append(tail);
                        out.append(line);
                    }
                }
                if (!copying) {
                    return 0;
                }
                if (rowsRead == 0) {
                    copying = false;
                    copy.cancelCopy();
                    return 0;
                }
                out.flush();
                copying = false;
                return copy.endCopy();
            } catch (IOException e) {
                // Writing to COPY failed: a database failure (the mapper makes an unreachable database a 503).
                throw e.getCause() instanceof SQLException s ? s : new SQLException("COPY failed", e);
            } finally {
                if (copying && copy.isActive()) {
                    try {
                        copy.cancelCopy();
                    } catch (SQLException ignored) {
                        // the transaction rolls back anyway
                    }
                }
            }
        }

        private CaseImportRows.Row next() {
            try {
                return source.next();
            } catch (ProblemException e) {
                throw e;
            } catch (IOException e) {
                throw unreadable(e);
            } catch (UncheckedIOException e) {
                throw unreadable(e.getCause());
            }
        }

        /** The rules of POST /v1/cases for one row; empty when it is good. */
        private List<Problem.FieldError> check(CaseImportRows.Row row, People people) {
            NewCase c = row.value();
            if (c == null) {
                return row.errors();
            }
            List<Problem.FieldError> errors = row.errors();
            List<Problem.FieldError> violations = Problem.FieldError.of(validator.validate(c));
            if (!violations.isEmpty()) {
                errors = new ArrayList<>(errors);
                for (Problem.FieldError v : violations) {
                    if (!hasField(errors, v.field())) { // a cell that did not convert is reported once, not as missing too
                        errors.add(v);
                    }
                }
                errors.sort(Problem.FieldError.ORDER);
            }
            if (errors.isEmpty()) {
                List<Problem.FieldError> broken = SelectionRules.check(c, scheme, today);
                if (!broken.isEmpty()) {
                    errors = broken;
                }
                if (hasNul(c.policeLead()) || hasNul(c.probationLead())) {
                    errors = new ArrayList<>(errors);
                    errors.add(new Problem.FieldError(hasNul(c.policeLead()) ? "policeLead" : "probationLead",
                            "must not contain the NUL character"));
                }
            }
            if (c.crn() != null && !hasField(errors, "crn") && People.isCrn(c.crn())) {
                int code = People.code(c.crn());
                String personError = null;
                if (people.active.get(code)) {
                    personError = ACTIVE_MARK + c.crn();
                } else if (people.seen.get(code)) {
                    personError = "this person (" + c.crn() + ") is on an earlier line of this file: a person has "
                            + "at most one active case on a scheme";
                }
                people.seen.set(code);
                LocalDate exitedOn = people.exitedOn(code);
                boolean selectedOnBad = exitedOn != null && c.selectedOn() != null
                        && c.selectedOn().isBefore(exitedOn) && !hasField(errors, "selectedOn");
                if (personError != null || selectedOnBad) {
                    errors = new ArrayList<>(errors);
                    if (personError != null) {
                        errors.add(new Problem.FieldError("crn", personError));
                    }
                    if (selectedOnBad) {
                        errors.add(new Problem.FieldError("selectedOn", "must not be before " + exitedOn
                                + ", when this person's previous case on this scheme ended"));
                    }
                }
            }
            return errors;
        }

        private void reject(long line, List<Problem.FieldError> errors) {
            rejectedRows++;
            for (Problem.FieldError e : errors) {
                rejectedCount++;
                if (rejected.size() < MAX_REPORTED) {
                    if ("crn".equals(e.field()) && e.message().startsWith(ACTIVE_MARK)) {
                        activeRejections.put(rejected.size(), null);
                    }
                    rejected.add(new CaseImportReport.Rejection(line, e.field(), e.message()));
                }
            }
        }

        /** The reported rejections, the "already active" ones naming the active case (as POST /v1/cases does). */
        List<CaseImportReport.Rejection> rejectedWithCaseIds() {
            if (activeRejections.isEmpty()) {
                return rejected;
            }
            Map<String, String> active = QuarkusTransaction.requiringNew().call(() -> activeCases(
                    activeRejections.keySet().stream().map(i -> crnOfLine(rejected.get(i))).distinct().toList()));
            List<CaseImportReport.Rejection> out = new ArrayList<>(rejected);
            for (Integer i : activeRejections.keySet()) {
                CaseImportReport.Rejection r = rejected.get(i);
                String crn = crnOfLine(r);
                String caseId = active.get(crn);
                out.set(i, new CaseImportReport.Rejection(r.line(), "crn", "this person (" + crn + ") already has an "
                        + "active case on scheme " + scheme.code() + (caseId == null ? "" : ": " + caseId)
                        + ". Exit it before selecting them again."));
            }
            return out;
        }

        private String crnOfLine(CaseImportReport.Rejection r) {
            return r.message().substring(ACTIVE_MARK.length());
        }

        @SuppressWarnings("unchecked")
        private Map<String, String> activeCases(List<String> crns) {
            Map<String, String> ids = new HashMap<>();
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                    select c.crn, c.id from iom_case c
                    where c.scheme_id = :scheme and c.status = 'ACTIVE' and c.crn = any(cast(:crns as text[]))""")
                    .setParameter("scheme", scheme.id())
                    .setParameter("crns", org.iom.common.SqlValues.textArray(crns)).getResultList()) {
                ids.put(String.valueOf(r[0]), String.valueOf(r[1]));
            }
            return ids;
        }
    }

    private static boolean hasField(List<Problem.FieldError> errors, String field) {
        for (Problem.FieldError e : errors) {
            if (e.field().equals(field)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNul(String s) {
        return s != null && s.indexOf('\0') >= 0;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200);
    }

    /** One row in COPY text format (without the constant tail): tab-separated, \N for null, escaped text. */
    static void encode(StringBuilder sb, NewCase c) {
        sb.setLength(0);
        sb.append(Ids.newId()).append('\t').append(c.crn()).append('\t');
        text(sb, c.pncId());
        sb.append('\t').append(c.cohort().name()).append('\t').append(c.selectedOn()).append('\t')
                .append(c.selectionReason().name()).append('\t').append(c.riskOfSeriousHarm().name()).append('\t');
        if (c.predictorScore() == null) {
            sb.append("\\N");
        } else {
            sb.append(c.predictorScore().intValue());
        }
        sb.append('\t').append(c.leadAgency().name()).append('\t');
        text(sb, c.policeLead());
        sb.append('\t');
        text(sb, c.probationLead());
        sb.append('\t').append(c.rag().name()).append('\t');
        if (c.nextReviewOn() == null) {
            sb.append("\\N");
        } else {
            sb.append(c.nextReviewOn());
        }
    }

    private static void text(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
    }

    /**
     * The people of the scheme, by CRN as a number: who has an active case (a bit each, 3.25 MB whatever the size of
     * the scheme or the file), the latest exit of those who had cases, and who appeared on an earlier line.
     */
    static final class People {
        final BitSet active = new BitSet(CRN_CODES);
        final BitSet seen = new BitSet(CRN_CODES);
        int[] exitedCodes = new int[0];
        int[] exitedDays = new int[0];

        static boolean isCrn(String crn) {
            if (crn.length() != 7 || crn.charAt(0) < 'A' || crn.charAt(0) > 'Z') {
                return false;
            }
            for (int i = 1; i < 7; i++) {
                if (crn.charAt(i) < '0' || crn.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        static int code(String crn) {
            return (crn.charAt(0) - 'A') * 1_000_000 + Integer.parseInt(crn, 1, 7, 10);
        }

        LocalDate exitedOn(int code) {
            int i = Arrays.binarySearch(exitedCodes, code);
            return i < 0 ? null : LocalDate.ofEpochDay(exitedDays[i]);
        }

        static People load(Connection connection, UUID schemeId) throws SQLException {
            People p = new People();
            try (PreparedStatement s = connection.prepareStatement(
                    "select crn from iom_case where scheme_id = ? and status = 'ACTIVE' and crn is not null")) {
                s.setFetchSize(10_000);
                s.setObject(1, schemeId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        p.active.set(code(rs.getString(1)));
                    }
                }
            }
            // Ordered by CRN, which is the order of the codes, for the binary search.
            try (PreparedStatement s = connection.prepareStatement("""
                    select crn, max(exited_on) from iom_case
                    where scheme_id = ? and status = 'EXITED' and crn is not null group by crn order by crn""")) {
                s.setFetchSize(10_000);
                s.setObject(1, schemeId);
                int n = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (n == p.exitedCodes.length) {
                            p.exitedCodes = Arrays.copyOf(p.exitedCodes, Math.max(16, n * 2));
                            p.exitedDays = Arrays.copyOf(p.exitedDays, p.exitedCodes.length);
                        }
                        p.exitedCodes[n] = code(rs.getString(1));
                        p.exitedDays[n] = (int) rs.getObject(2, LocalDate.class).toEpochDay();
                        n++;
                    }
                }
                p.exitedCodes = Arrays.copyOf(p.exitedCodes, n);
                p.exitedDays = Arrays.copyOf(p.exitedDays, n);
            }
            return p;
        }
    }

    /** The request body, with the import's own size limit (413 above it). */
    private static final class Body extends FilterInputStream {
        private final long limit;
        private long read;

        Body(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The import is larger than the service "
                        + "accepts (" + limit + " bytes): split it into several imports.");
            }
        }
    }
}
