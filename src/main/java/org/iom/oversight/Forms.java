package org.iom.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iom.common.Problem;
import org.iom.common.ProblemException;

/** Reading the text of HTML form fields into typed values: a bad value is the API's 400 naming the field. */
final class Forms {

    private Forms() {}

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of the listed values");
        }
    }

    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be an id");
        }
    }

    /** "yes", "no" or nothing (not filtered). */
    static Boolean yesNo(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(field, "must be yes or no");
        };
    }

    /** A day as YYYY-MM-DD, or nothing (not filtered): the start of that day in the UK. */
    static java.time.Instant dayStart(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(org.iom.common.AppClock.UK).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date as YYYY-MM-DD");
        }
    }

    /** A date from the GOV.UK date input's three fields; null when all are empty. */
    static LocalDate date(String field, String day, String month, String year, List<Problem.FieldError> errors) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | java.time.DateTimeException e) {
            errors.add(new Problem.FieldError(field, "must be a real date, for example 27 3 2027"));
            return null;
        }
    }

    static void required(String field, String value, String message, List<Problem.FieldError> errors) {
        if (blank(value)) {
            errors.add(new Problem.FieldError(field, message));
        }
    }

    static ProblemException invalid(List<Problem.FieldError> errors) {
        return ProblemException.invalid(new ArrayList<>(errors));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
