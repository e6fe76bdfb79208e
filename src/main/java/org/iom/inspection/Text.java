package org.iom.inspection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iom.common.Problem;

/** Free text as the register stores it. */
final class Text {

    private Text() {}

    /** The text stripped, or null when it is null or blank. */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** For each name of {@code stripped} that repeats an earlier one (in any case), an error {@code field[k]}. */
    static List<Problem.FieldError> repeats(List<String> stripped, String field, String message) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < stripped.size(); k++) {
            if (!seen.add(stripped.get(k).toLowerCase(Locale.ROOT))) {
                errors.add(new Problem.FieldError(field + "[" + k + "]", message));
            }
        }
        return errors;
    }
}
