package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iom.common.AppClock;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.common.db.Database;
import org.iom.scheme.SchemeRef;
import org.iom.scheme.SchemeService;
import org.iom.scheme.SchemeStatus;

/**
 * Who may be selected onto which scheme, and when: the rules of a selection beyond its fields' annotations, applied
 * to a new case, to a case after a patch, and (by {@link CaseImportService}) to every row of a bulk import.
 */
@ApplicationScoped
class SelectionRules {

    @Inject SchemeService schemes;
    @Inject CaseAccess access;
    @Inject CaseRepository cases;
    @Inject CaseQuery query;
    @Inject Database database;
    @Inject AppClock clock;

    /**
     * The scheme a selection goes onto, once it may: the scheme exists (400), is one of the caller's (403) and open
     * (409), the selection keeps the rules, and the person has no active case on it (409 naming that case) and was
     * not selected before their last exit from it (400). The person stays locked until the transaction ends, so two
     * selections of them cannot both pass.
     */
    SchemeRef admit(NewCase body) {
        SchemeRef scheme = schemes.ref(body.schemeId())
                .orElseThrow(() -> ProblemException.invalid("schemeId", "no scheme with this id"));
        if (!access.scope().allows(scheme.code())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may select people only onto your own schemes "
                    + "(the token's schemes claim); " + scheme.code() + " is not one of them.");
        }
        if (scheme.status() == SchemeStatus.CLOSED) {
            throw ProblemException.conflict("Scheme " + scheme.code() + " is CLOSED: it takes no new selections.");
        }
        CaseAccess.throwIfAny(check(body, scheme, clock.today()));
        database.useTransaction(h -> {
            cases.lockPerson(h, scheme.id(), body.crn());
            query.casesOfPerson(h, scheme.id(), body.crn()).forEach(other -> checkAgainst(other, body, scheme));
        });
        return scheme;
    }

    /** A case after a merge patch keeps the selection rules of its scheme. */
    void checkChanged(NewCase merged, SchemeRef scheme) {
        CaseAccess.throwIfAny(check(merged, scheme, clock.today()));
    }

    private static void checkAgainst(CaseQuery.PersonCase other, NewCase body, SchemeRef scheme) {
        if (other.status() == CaseStatus.ACTIVE) {
            throw ProblemException.conflict("This person (" + body.crn() + ") already has an active case on scheme "
                    + scheme.code() + ": " + other.id() + ". Exit it before selecting them again.",
                    other.id().toString());
        }
        if (other.exitedOn() != null && body.selectedOn().isBefore(other.exitedOn())) {
            throw ProblemException.invalid("selectedOn", "must not be before " + other.exitedOn()
                    + ", when this person's previous case on this scheme (" + other.id() + ") ended");
        }
    }

    /**
     * The selection rules beyond the field annotations, for a body that passed bean validation (so its required fields
     * are present); shared with the bulk import ({@link CaseImportService}), which applies them to every row.
     */
    static List<Problem.FieldError> check(NewCase body, SchemeRef scheme, LocalDate today) {
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
}
