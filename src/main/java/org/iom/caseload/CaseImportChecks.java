package org.iom.caseload;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iom.common.Problem;
import org.iom.scheme.SchemeRef;

/**
 * A row of an import checked as POST /v1/cases checks a case: bean validation of {@link NewCase} (a cell that did not
 * convert is reported once, not as missing too), {@link SelectionRules#check}, no NUL in text (COPY could not write it),
 * and one active case per person against the scheme's cases and the earlier rows of the file.
 */
final class CaseImportChecks {

    private final Validator validator;
    private final SchemeRef scheme;
    private final LocalDate today;
    private final CaseImportPeople people;

    CaseImportChecks(Validator validator, SchemeRef scheme, LocalDate today, CaseImportPeople people) {
        this.validator = validator;
        this.scheme = scheme;
        this.today = today;
        this.people = people;
    }

    /** What is wrong with the row; empty when it is good. */
    List<Problem.FieldError> check(CaseImportRows.Row row) {
        NewCase c = row.value();
        if (c == null) {
            return row.errors();
        }
        List<Problem.FieldError> errors = validated(row.errors(), c);
        if (errors.isEmpty()) {
            errors = selectable(c);
        }
        if (c.crn() != null && !hasField(errors, "crn") && CaseImportPeople.isCrn(c.crn())) {
            errors = person(errors, c);
        }
        return errors;
    }

    /** The conversion errors of the row, and bean validation's for the fields that converted. */
    private List<Problem.FieldError> validated(List<Problem.FieldError> converted, NewCase c) {
        List<Problem.FieldError> violations = Problem.FieldError.of(validator.validate(c));
        if (violations.isEmpty()) {
            return converted;
        }
        List<Problem.FieldError> errors = new ArrayList<>(converted);
        for (Problem.FieldError v : violations) {
            if (!hasField(errors, v.field())) {
                errors.add(v);
            }
        }
        errors.sort(Problem.FieldError.ORDER);
        return errors;
    }

    /** The selection rules of a valid case, and no NUL in its free text. */
    private List<Problem.FieldError> selectable(NewCase c) {
        List<Problem.FieldError> errors = SelectionRules.check(c, scheme, today);
        if (hasNul(c.policeLead()) || hasNul(c.probationLead())) {
            errors = new ArrayList<>(errors);
            errors.add(new Problem.FieldError(hasNul(c.policeLead()) ? "policeLead" : "probationLead",
                    "must not contain the NUL character"));
        }
        return errors;
    }

    /** One active case per person: not active on the scheme, not on an earlier line, not selected before their exit. */
    private List<Problem.FieldError> person(List<Problem.FieldError> errors, NewCase c) {
        int code = CaseImportPeople.code(c.crn());
        boolean earlierLine = people.seenBefore(code);
        Problem.FieldError personError = null;
        if (people.isActive(code)) {
            personError = CaseImportRejections.alreadyActive(c.crn());
        } else if (earlierLine) {
            personError = new Problem.FieldError("crn", "this person (" + c.crn() + ") is on an earlier line of this "
                    + "file: a person has at most one active case on a scheme");
        }
        LocalDate exitedOn = people.exitedOn(code);
        boolean selectedOnBad = exitedOn != null && c.selectedOn() != null && c.selectedOn().isBefore(exitedOn)
                && !hasField(errors, "selectedOn");
        if (personError == null && !selectedOnBad) {
            return errors;
        }
        List<Problem.FieldError> more = new ArrayList<>(errors);
        if (personError != null) {
            more.add(personError);
        }
        if (selectedOnBad) {
            more.add(new Problem.FieldError("selectedOn", "must not be before " + exitedOn
                    + ", when this person's previous case on this scheme ended"));
        }
        return more;
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
}
