package org.iom.caseload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iom.audit.AuditAction;
import org.iom.common.AppClock;
import org.iom.common.Idempotency;
import org.iom.common.MergePatch;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.scheme.SchemeRef;
import org.iom.scheme.SchemeService;
import org.iom.security.Caller;

/**
 * A case's lifecycle: selection, changes, exit and erasure, each in one transaction with its access-log entry. Reads:
 * {@link CaseReadService}; who may be selected: {@link SelectionRules}.
 */
@ApplicationScoped
public class CaseService {

    /** Fields of a case that exist but a PATCH may never change. */
    static final Set<String> IMMUTABLE = Set.of("id", "schemeId", "schemeCode", "crn", "status", "exitedOn",
            "exitReason", "reviewOverdue", "retentionReviewOn", "createdAt", "updatedAt");

    @Inject CaseRepository cases;
    @Inject CaseAccess access;
    @Inject CaseErasureRepository erasure;
    @Inject Idempotency idempotency;
    @Inject SelectionRules selection;
    @Inject SchemeService schemes;
    @Inject ObjectMapper json;
    @Inject Validator validator;
    @Inject Database database;
    @Inject AppClock clock;
    @Inject RetentionConfig retention;
    @Inject CaseHistory history;
    @Inject CaseHistoryRepository historyRows;
    @Inject Caller caller;

    @Transactional
    public CaseView select(NewCase body) {
        SchemeRef scheme = selection.admit(body);
        IomCase c = IomCase.selected(body, scheme.id(), clock.now(), Actor.of(caller));
        cases.persistAndFlush(c);
        recorded(c, HistoryOperation.SELECTED, null, history.diff(null, body), AuditAction.COLLECTION);
        return c.view(scheme.code(), clock.today());
    }

    /** A JSON merge patch, validated as a selection; a patch that changes nothing is logged as a consultation. */
    @Transactional
    public CaseView patch(UUID id, JsonNode patch, String ifMatch) {
        IomCase c = access.forChange(id, ifMatch);
        CaseAccess.requireActive(c.ref());
        SchemeRef scheme = schemes.ref(c.schemeId).orElseThrow();
        NewCase current = c.asNewCase();
        NewCase merged = MergePatch.apply(json, current, patch, IMMUTABLE);
        CaseAccess.throwIfAny(Problem.FieldError.of(validator.validate(merged)));
        selection.checkChanged(merged, scheme);
        if (merged.equals(current)) {
            access.log(AuditAction.CONSULTATION, c.id, c.schemeId);
        } else {
            c.apply(merged);
            c.updatedAt = clock.now();
            c.changedBy(Actor.of(caller));
            cases.flush();
            recorded(c, HistoryOperation.CHANGED, null, history.diff(current, merged), AuditAction.ALTERATION);
        }
        return c.view(scheme.code(), clock.today());
    }

    @Transactional
    public CaseView exit(UUID id, ExitRequest body, String ifMatch) {
        IomCase c = access.forChange(id, ifMatch);
        if (c.status == CaseStatus.EXITED) {
            throw ProblemException.illegalTransition("Case " + id + " already exited on " + c.exitedOn + ".", List.of());
        }
        List<Problem.FieldError> errors = exitErrors(c, body.exitedOn(), "exitedOn");
        if (body.reason() == ExitReason.TRANSFERRED) {
            errors.add(new Problem.FieldError("reason", "TRANSFERRED is the exit of a transfer: POST "
                    + "/v1/cases/{caseId}/transfer moves the person to another scheme"));
        }
        CaseAccess.throwIfAny(errors);
        exit(c, body.exitedOn(), body.reason(), HistoryOperation.EXITED, null);
        return c.view(schemes.ref(c.schemeId).map(SchemeRef::code).orElseThrow(), clock.today());
    }

    /** What is wrong with exiting case {@code c} on {@code on} (given as {@code field}). */
    List<Problem.FieldError> exitErrors(IomCase c, LocalDate on, String field) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (on.isBefore(c.selectedOn)) {
            errors.add(new Problem.FieldError(field, "must not be before the selection date " + c.selectedOn));
        }
        if (on.isAfter(clock.today())) {
            errors.add(new Problem.FieldError(field, "must not be in the future"));
        }
        return errors;
    }

    /** Exits case {@code c} (checked), records it in the history as {@code operation} and logs it. */
    void exit(IomCase c, LocalDate on, ExitReason reason, HistoryOperation operation, UUID otherCase) {
        NewExit before = NewExit.of(c);
        c.exit(on, reason, Actor.of(caller), clock.now());
        c.transferredToCaseId = otherCase;
        c.retentionReviewOn = on.plus(retention.reviewAfter());
        cases.flush();
        recorded(c, operation, otherCase, history.diff(before, NewExit.of(c)), AuditAction.ALTERATION);
    }

    /** A change to case {@code c} as the case's history shows it and the access log records it. */
    private void recorded(IomCase c, HistoryOperation operation, UUID otherCase, List<FieldChange> changes,
            AuditAction action) {
        history.record(c.id, operation, otherCase, changes);
        access.log(action, c.id, c.schemeId);
    }

    /** The fields an exit changes, as the history shows them. */
    record NewExit(CaseStatus status, LocalDate exitedOn, ExitReason exitReason, UUID transferredToCaseId) {
        static NewExit of(IomCase c) {
            return new NewExit(c.status, c.exitedOn, c.exitReason, c.transferredToCaseId);
        }
    }

    /**
     * Erases the case's personal data everywhere it is stored (ADR 0020: the row, review notes, the history's values
     * and reasons, import reports' rejected rows, Idempotency-Key answers) and logs ERASURE in the same transaction. Only an exited case can be
     * erased: a person still managed on a scheme is exited first (409 otherwise).
     */
    @Transactional
    public void erase(UUID id, String ifMatch) {
        erase(access.locked(id, ifMatch));
    }

    /**
     * Erases a case as {@link #erase(UUID, String)} does but without If-Match: for a bulk erasure job's step, which
     * checked in the same transaction that the case's retention review decided ERASE (ADR 0036).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void eraseReviewed(UUID id) {
        erase(access.visible(id, true));
    }

    private void erase(CaseRef c) {
        UUID id = c.id();
        if (c.status() == CaseStatus.ACTIVE) {
            throw ProblemException.illegalTransition("Case " + id + " is ACTIVE: exit it before erasing its personal "
                    + "data.", List.of());
        }
        database.useTransaction(h -> {
            erasure.anonymise(h, id, clock.now()).ifPresent(who -> erasure.eraseFromImportReports(h, id, who));
            historyRows.erase(h, id);
            idempotency.erase(h, id);
            access.log(h, AuditAction.ERASURE, c);
        });
    }
}
