package org.iom.oversight;

import java.util.List;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;

/**
 * One line of a GOV.UK error summary: the message and the id of the field it links to ({@code null} for a message about
 * the whole page, such as a conflict).
 */
@io.quarkus.qute.TemplateData
public record FormError(String field, String message) {

    /** The conflict message: another member changed the recommendation after this page was opened. */
    static final String STALE = "Someone else changed this recommendation after you opened this page, so your change"
            + " was not saved. The page now shows the latest version: check it and make your change again.";

    /** The summary lines for a refusal of the service, in the form's words. */
    static List<FormError> of(ProblemException e, String form) {
        if (e.type == ProblemType.PRECONDITION_FAILED || e.type == ProblemType.PRECONDITION_REQUIRED) {
            return List.of(new FormError(null, STALE));
        }
        if (e.errors != null && !e.errors.isEmpty()) {
            return e.errors.stream().map(f -> of(f, form)).toList();
        }
        return List.of(new FormError(null, e.getMessage()));
    }

    static FormError of(Problem.FieldError f, String form) {
        return new FormError(form + "-" + f.field(), sentence(f.field()) + " " + f.message());
    }

    private static String sentence(String field) {
        String words = field.replaceAll("([A-Z])", " $1").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The id the summary links to ({@code #form-field}), or the page's top. */
    public String href() {
        return field == null ? "#main-content" : "#" + field;
    }
}
