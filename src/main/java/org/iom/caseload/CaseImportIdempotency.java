package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.Idempotency;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.common.db.Database;
import org.iom.security.Caller;
import org.jdbi.v3.core.Handle;

/**
 * Earlier imports, as a new request meets them (ADR 0021): the one that holds the request's Idempotency-Key answers
 * again, or refuses it with a 409; and one still RUNNING whose transaction is gone (its instance stopped or crashed
 * mid-import: the transaction rolled back, nothing was imported) is settled as FAILED, so nobody waits for it.
 */
@ApplicationScoped
class CaseImportIdempotency {

    @Inject Caller caller;
    @Inject CaseImportRepository imports;
    @Inject AppClock clock;
    @Inject Database database;

    /** What the request's hash starts with: the operation, the scheme and the format (then every byte of the file). */
    static MessageDigest digest(UUID schemeId, CaseImportFormat format) {
        MessageDigest digest = Idempotency.requestDigest("POST /v1/case-imports");
        digest.update((schemeId + "\0" + format + "\0").getBytes(StandardCharsets.UTF_8));
        return digest;
    }

    /**
     * An import's status as its row gives it, except that one still RUNNING whose transaction is gone is recorded as
     * FAILED now ({@link CaseImportRepository#markInterrupted}) and FAILED is answered. Runs in the caller's transaction.
     */
    CaseImportStatus settled(Handle h, UUID id, CaseImportStatus status) {
        return status == CaseImportStatus.RUNNING && imports.markInterrupted(h, id, clock.now()) ? CaseImportStatus.FAILED
                : status;
    }

    /** What {@link #earlier} learns in its one transaction: the import holding the key, and its report once finished. */
    private record Holder(CaseImportRepository.Keyed keyed, CaseImportStatus status, CaseImportReport report) {}

    /**
     * The earlier import of this caller that holds {@code key}: its answer again when it finished and the request is
     * the same (the whole body is read to compare); 409 naming it when the request differs or while it runs. Empty when
     * there is none, or when it FAILED (it imported nothing; it gives the key up and this request runs anew).
     */
    Optional<CaseImportService.Answer> earlier(String who, String key, InputStream body, MessageDigest digest) {
        Optional<Holder> found = holder(who, key);
        if (found.isEmpty() || found.get().status() == CaseImportStatus.FAILED) {
            return Optional.empty();
        }
        CaseImportRepository.Keyed earlier = found.get().keyed();
        if (found.get().status() == CaseImportStatus.RUNNING) {
            throw stillRunning(earlier.id());
        }
        if (!CaseImportBody.hashOfRest(new DigestInputStream(body, digest), digest).equals(earlier.requestHash())) {
            // 409 naming the import that holds the key, not the 422 of the other writes: this operation's 422 is the
            // import report, whose shape clients rely on (ADR 0021, addendum 2).
            throw new ProblemException(ProblemType.CONFLICT, "This Idempotency-Key belongs to another import "
                    + earlier.id() + " (of another scheme or file): use a new key for a new import.",
                    List.of(new Problem.FieldError(Idempotency.HEADER, "already used with another scheme or file")),
                    earlier.id().toString(), null, Map.of());
        }
        CaseImportReport report = found.get().report();
        if (report.status() == CaseImportStatus.REJECTED) {
            throw CaseImportRejected.problem(report.id(), report.rowsRead(), earlier.rejectedRows(),
                    report.rejectedCount(), report.rejectedTruncated(), report.rejected(),
                    Map.of(Idempotency.REPLAYED_HEADER, "true"));
        }
        return Optional.of(new CaseImportService.Answer(report, true));
    }

    /**
     * One transaction, before the body is read: find the key's import, settle a RUNNING one whose transaction is gone,
     * give a FAILED one's key up, and read a finished one's report.
     */
    private Optional<Holder> holder(String who, String key) {
        CaseScope scope = CaseScope.of(caller);
        return database.inNewTransaction(h -> imports.findByKey(h, who, key).map(k -> {
            CaseImportStatus status = settled(h, k.id(), k.status());
            if (status == CaseImportStatus.FAILED) {
                imports.releaseKey(h, k.id());
            }
            CaseImportReport report = status == CaseImportStatus.RUNNING || status == CaseImportStatus.FAILED ? null
                    : imports.find(h, k.id(), scope).orElseThrow(() -> ProblemException.notFound("Import", k.id()));
            return new Holder(k, status, report);
        }));
    }

    /** The 409 to a request whose Idempotency-Key is held by an import still running. */
    static ProblemException stillRunning(UUID id) {
        return new ProblemException(ProblemType.CONFLICT, "An import with this Idempotency-Key is still running: "
                + "GET /v1/case-imports/" + id + " shows its progress; send the request again once it has finished.",
                null, id.toString(), null, Map.of("Retry-After", "10"));
    }
}
