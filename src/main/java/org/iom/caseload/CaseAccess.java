package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.iom.audit.AccessLog;
import org.iom.audit.AuditAction;
import org.iom.common.ETags;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.security.Caller;
import org.jdbi.v3.core.Handle;

/**
 * The steps every operation on one case shares (the case, needs and outcome review services): find the case the
 * caller may see, check the client's If-Match against it, and log the access (DPA 2018 s62) in the same transaction.
 * Another scheme's case does not exist for a practitioner: it is a 404, as a case that never existed.
 */
@ApplicationScoped
class CaseAccess {

    @Inject Caller caller;
    @Inject CaseQuery query;
    @Inject CaseRepository cases;
    @Inject Database database;
    @Inject AccessLog accessLog;

    CaseScope scope() {
        return CaseScope.of(caller);
    }

    /** The case, visible to the caller, or a 404; locked until the transaction ends when {@code lock}. */
    CaseRef visible(Handle h, UUID id, boolean lock) {
        return query.findRef(h, id, scope(), lock).orElseThrow(() -> notFound(id));
    }

    /** {@link #visible(Handle, UUID, boolean)} in the caller's transaction ({@code @Transactional} services). */
    CaseRef visible(UUID id, boolean lock) {
        return database.inTransaction(h -> visible(h, id, lock));
    }

    /**
     * Reads something of a visible case with {@code read} and logs the consultation, in one local transaction of the
     * read layer: three statements however much is read (the case, the read, the log entry).
     */
    <T> T consult(UUID caseId, BiFunction<Handle, CaseRef, T> read) {
        return database.inTransaction(h -> {
            CaseRef c = visible(h, caseId, false);
            T result = read.apply(h, c);
            log(h, AuditAction.CONSULTATION, c);
            return result;
        });
    }

    /** The visible case, locked, when If-Match names its current version (428 without it, 412 when stale). */
    CaseRef locked(UUID id, String ifMatch) {
        CaseRef c = visible(id, true);
        ETags.check(ifMatch, c.version());
        return c;
    }

    /** The visible case as an entity to change, when If-Match names its current version. */
    IomCase forChange(UUID id, String ifMatch) {
        visible(id, false);
        IomCase c = cases.findById(id);
        if (c == null || c.erasedAt != null) {
            throw notFound(id); // erased since it was checked
        }
        ETags.check(ifMatch, c.version);
        return c;
    }

    /** Logs one access to case {@code c} on {@code h}, in the transaction that reads or changes it. */
    void log(Handle h, AuditAction action, CaseRef c) {
        accessLog.record(h, action, List.of(new AccessLog.Subject(c.id(), c.schemeId())), null);
    }

    /** Logs one access in the caller's JTA transaction. */
    void log(AuditAction action, UUID caseId, UUID schemeId) {
        accessLog.record(action, caseId, schemeId);
    }

    static ProblemException notFound(Object id) {
        return ProblemException.notFound("Case", id);
    }

    /** An exited case is read-only except for outcome reviews. */
    static void requireActive(CaseRef c) {
        if (c.status() == CaseStatus.EXITED) {
            throw ProblemException.illegalTransition("Case " + c.id() + " exited on " + c.exitedOn()
                    + ": it is read-only except for outcome reviews.", List.of());
        }
    }

    static void throwIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
