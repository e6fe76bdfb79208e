package org.iom.caseload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iom.audit.AuditAction;
import org.iom.audit.AccessLog;
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.Ids;
import org.iom.common.db.Database;
import org.iom.common.MergePatch;
import org.iom.common.Paging;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.scheme.SchemeRef;
import org.iom.scheme.SchemeService;
import org.iom.scheme.SchemeStatus;
import org.iom.security.Caller;

/**
 * Cases: selection, reading, listing, changing and exit. Every access is scoped to the caller's schemes in SQL and
 * written to the s62 access log in the same transaction.
 */
@ApplicationScoped
public class CaseService {

    /** Fields of a case that exist but a PATCH may never change. */
    static final Set<String> IMMUTABLE = Set.of("id", "schemeId", "schemeCode", "crn", "status", "exitedOn",
            "exitReason", "reviewOverdue", "createdAt", "updatedAt");

    @Inject
    CaseRepository cases;

    @Inject
    SchemeService schemes;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    AppClock clock;

    @Inject
    CaseQuery query;

    @Inject
    Database database;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Transactional
    public CaseView select(NewCase body) {
        SchemeRef scheme = schemes.ref(body.schemeId())
                .orElseThrow(() -> ProblemException.invalid("schemeId", "no scheme with this id"));
        if (!scope().allows(scheme.code())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may select people only onto your own schemes "
                    + "(the token's schemes claim); " + scheme.code() + " is not one of them.");
        }
        if (scheme.status() == SchemeStatus.CLOSED) {
            throw ProblemException.conflict("Scheme " + scheme.code() + " is CLOSED: it takes no new selections.");
        }
        List<Problem.FieldError> errors = rules(body, scheme);
        throwIfAny(errors);
        cases.lockPerson(scheme.id(), body.crn());
        for (Object[] other : cases.casesOfPerson(scheme.id(), body.crn())) {
            UUID otherId = org.iom.common.SqlValues.uuid(other[0]);
            if ("ACTIVE".equals(other[1])) {
                throw ProblemException.conflict("This person (" + body.crn() + ") already has an active case on scheme "
                        + scheme.code() + ": " + otherId + ". Exit it before selecting them again.", otherId.toString());
            }
            LocalDate exitedOn = org.iom.common.SqlValues.date(other[2]);
            if (exitedOn != null && body.selectedOn().isBefore(exitedOn)) {
                throw ProblemException.invalid("selectedOn", "must not be before " + exitedOn
                        + ", when this person's previous case on this scheme (" + otherId + ") ended");
            }
        }
        IomCase c = new IomCase();
        c.id = Ids.newId();
        c.schemeId = scheme.id();
        c.crn = body.crn();
        c.status = CaseStatus.ACTIVE;
        c.createdAt = clock.now();
        c.updatedAt = c.createdAt;
        apply(c, body);
        cases.persist(c);
        em.flush();
        accessLog.record(AuditAction.COLLECTION, c.id, c.schemeId);
        return view(c, scheme.code());
    }

    /**
     * The case, with its consultation logged in the same transaction: a local JDBC transaction, not JTA and Hibernate
     * (ADR 0024), as this is the service's hottest read.
     */
    public CaseView get(UUID id) {
        CaseScope scope = scope();
        LocalDate today = clock.today();
        return database.inTransaction(h -> {
            CaseView view = query.findView(h, id, scope, today).orElseThrow(() -> notFound(id));
            accessLog.record(h, AuditAction.CONSULTATION, List.of(new AccessLog.Subject(view.id(), view.schemeId())), null);
            return view;
        });
    }

    /** A page of the cases the caller may see, filtered; every case on it is logged as consulted. */
    public CasePage list(CaseFilter f, int limit, String cursor, boolean includeTotal) {
        List<String> after = Paging.decodeCursor(cursor, 1);
        UUID afterId;
        try {
            afterId = after == null ? null : UUID.fromString(after.get(0));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor returned by this API");
        }
        if (f.selectedFrom() != null && f.selectedTo() != null && f.selectedTo().isBefore(f.selectedFrom())) {
            throw ProblemException.invalid("selectedTo", "must not be before selectedFrom");
        }
        LocalDate today = clock.today();
        CaseQuery.Where where = CaseQuery.where(f, scope(), today);
        // One read layer in a local transaction, as GET case (ADR 0024): the page and its access-log entries.
        return database.inTransaction(h -> {
            Long total = includeTotal ? query.count(h, where) : null;
            List<CaseView> rows = query.page(h, where, afterId, limit, today);
            List<CaseView> items = rows.size() > limit ? rows.subList(0, limit) : rows;
            String next = rows.size() > limit ? Paging.encodeCursor(items.get(items.size() - 1).id()) : null;
            accessLog.record(h, AuditAction.CONSULTATION,
                    items.stream().map(v -> new AccessLog.Subject(v.id(), v.schemeId())).toList(), null);
            return new CasePage(items, next, total);
        });
    }

    @Transactional
    public CaseView patch(UUID id, JsonNode patch, String ifMatch) {
        IomCase c = cases.findVisible(id, scope(), false).orElseThrow(() -> notFound(id));
        ETags.check(ifMatch, c.version);
        requireActive(c);
        SchemeRef scheme = schemes.ref(c.schemeId).orElseThrow();
        NewCase current = asNewCase(c);
        NewCase merged = MergePatch.apply(json, current, patch, IMMUTABLE);
        validate(merged);
        throwIfAny(rules(merged, scheme));
        if (!merged.equals(current)) {
            apply(c, merged);
            c.updatedAt = clock.now();
            em.flush();
            accessLog.record(AuditAction.ALTERATION, c.id, c.schemeId);
        } else {
            accessLog.record(AuditAction.CONSULTATION, c.id, c.schemeId);
        }
        return view(c, scheme.code());
    }

    @Transactional
    public CaseView exit(UUID id, ExitRequest body, String ifMatch) {
        IomCase c = cases.findVisible(id, scope(), false).orElseThrow(() -> notFound(id));
        ETags.check(ifMatch, c.version);
        if (c.status == CaseStatus.EXITED) {
            throw ProblemException.illegalTransition("Case " + id + " already exited on " + c.exitedOn + ".", List.of());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.exitedOn().isBefore(c.selectedOn)) {
            errors.add(new Problem.FieldError("exitedOn", "must not be before the selection date " + c.selectedOn));
        }
        if (body.exitedOn().isAfter(clock.today())) {
            errors.add(new Problem.FieldError("exitedOn", "must not be in the future"));
        }
        throwIfAny(errors);
        c.status = CaseStatus.EXITED;
        c.exitedOn = body.exitedOn();
        c.exitReason = body.reason();
        c.updatedAt = clock.now();
        em.flush();
        accessLog.record(AuditAction.ALTERATION, c.id, c.schemeId);
        return view(c, schemes.ref(c.schemeId).map(SchemeRef::code).orElseThrow());
    }

    /**
     * Erases the case's personal data (ADR 0020) and logs ERASURE in the same transaction. Only an exited case can be
     * erased: a person still managed on a scheme is exited first (409 otherwise).
     */
    @Transactional
    public void erase(UUID id, String ifMatch) {
        IomCase c = cases.findVisible(id, scope(), true).orElseThrow(() -> notFound(id));
        ETags.check(ifMatch, c.version);
        if (c.status == CaseStatus.ACTIVE) {
            throw ProblemException.illegalTransition("Case " + id + " is ACTIVE: exit it before erasing its personal "
                    + "data.", List.of());
        }
        UUID schemeId = c.schemeId;
        em.detach(c);
        cases.erase(id, clock.now());
        accessLog.record(AuditAction.ERASURE, id, schemeId);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Shared with the needs and outcome review services of this feature

    CaseScope scope() {
        return CaseScope.of(caller);
    }

    /** The case, visible to the caller, or a 404 (another scheme's case does not exist for this caller). */
    IomCase visibleCase(UUID id, boolean lock) {
        return cases.findVisible(id, scope(), lock).orElseThrow(() -> notFound(id));
    }

    static ProblemException notFound(Object id) {
        return ProblemException.notFound("Case", id);
    }

    /** An exited case is read-only except for outcome reviews. */
    static void requireActive(IomCase c) {
        if (c.status == CaseStatus.EXITED) {
            throw ProblemException.illegalTransition("Case " + c.id + " exited on " + c.exitedOn
                    + ": it is read-only except for outcome reviews.", List.of());
        }
    }

    static void throwIfAny(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Rules beyond the field annotations, for a selection and for a case after a patch. */
    private List<Problem.FieldError> rules(NewCase body, SchemeRef scheme) {
        return rules(body, scheme, clock.today());
    }

    /**
     * The selection rules beyond the field annotations, for a body that passed bean validation (so its required fields
     * are present); shared with the bulk import ({@link CaseImportService}), which applies them to every row.
     */
    static List<Problem.FieldError> rules(NewCase body, SchemeRef scheme, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.pncId() != null) {
            char expected = Pnc.expectedLetter(body.pncId());
            if (expected != 0 && body.pncId().charAt(body.pncId().length() - 1) != expected) {
                errors.add(new Problem.FieldError("pncId", "check letter does not match the number (expected "
                        + expected + ")"));
            } else if (Integer.parseInt(body.pncId().substring(0, 4)) > today.getYear()) {
                errors.add(new Problem.FieldError("pncId", "year must not be in the future"));
            }
        }
        if (!scheme.cohorts().contains(body.cohort())) {
            errors.add(new Problem.FieldError("cohort", "scheme " + scheme.code() + " does not run the " + body.cohort()
                    + " cohort (it runs " + scheme.cohorts() + ")"));
        }
        if (body.selectedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("selectedOn", "must not be in the future"));
        } else if (scheme.launchedOn() != null && body.selectedOn().isBefore(scheme.launchedOn())) {
            errors.add(new Problem.FieldError("selectedOn", "must not be before the scheme launched ("
                    + scheme.launchedOn() + ")"));
        }
        if (body.nextReviewOn() != null && body.nextReviewOn().isBefore(body.selectedOn())) {
            errors.add(new Problem.FieldError("nextReviewOn", "must not be before selectedOn"));
        }
        return errors;
    }

    private void validate(NewCase merged) {
        throwIfAny(Problem.FieldError.of(validator.validate(merged)));
    }

    private static void apply(IomCase c, NewCase body) {
        c.pncId = body.pncId();
        c.cohort = body.cohort();
        c.selectedOn = body.selectedOn();
        c.selectionReason = body.selectionReason();
        c.riskOfSeriousHarm = body.riskOfSeriousHarm();
        c.predictorScore = body.predictorScore() == null ? null : body.predictorScore().shortValue();
        c.leadAgency = body.leadAgency();
        c.policeLead = body.policeLead();
        c.probationLead = body.probationLead();
        c.rag = body.rag();
        c.nextReviewOn = body.nextReviewOn();
    }

    private static NewCase asNewCase(IomCase c) {
        return new NewCase(c.schemeId, c.crn, c.pncId, c.cohort, c.selectedOn, c.selectionReason, c.riskOfSeriousHarm,
                c.predictorScore == null ? null : c.predictorScore.intValue(), c.leadAgency, c.policeLead,
                c.probationLead, c.rag, c.nextReviewOn);
    }

    private CaseView view(IomCase c, String schemeCode) {
        return new CaseView(c.id, c.schemeId, schemeCode, c.crn, c.pncId, c.cohort, c.selectedOn, c.selectionReason,
                c.riskOfSeriousHarm, c.predictorScore == null ? null : c.predictorScore.intValue(), c.leadAgency,
                c.policeLead, c.probationLead, c.rag, c.nextReviewOn,
                CaseRepository.overdue(c.status, c.nextReviewOn, clock.today()), c.status, c.exitedOn, c.exitReason,
                c.createdAt, c.updatedAt, c.version);
    }
}
