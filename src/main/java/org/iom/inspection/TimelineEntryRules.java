package org.iom.inspection;

import java.util.ArrayList;
import java.util.List;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.inspection.TimelineViews.NewUpdate;

/** Which fields a timeline entry of each type needs, and which do not belong to it (a 400 naming each). */
final class TimelineEntryRules {

    private TimelineEntryRules() {}

    static void check(NewUpdate body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        switch (body.type()) {
            case COMMENT -> {
                if (Text.blankToNull(body.note()) == null) {
                    errors.add(new Problem.FieldError("note", "is required for a COMMENT"));
                }
                forbid(errors, "COMMENT", "status", body.status(), "supersededBy", body.supersededBy(), "targetDate",
                        body.targetDate(), "reason", body.reason(), "evidence", body.evidence());
            }
            case STATUS_CHANGE -> {
                if (body.status() == null) {
                    errors.add(new Problem.FieldError("status", "is required for a STATUS_CHANGE"));
                }
                forbid(errors, "STATUS_CHANGE", "targetDate", body.targetDate(), "reason", body.reason());
            }
            case TARGET_DATE_REVISION -> {
                if (body.targetDate() == null) {
                    errors.add(new Problem.FieldError("targetDate", "is required for a TARGET_DATE_REVISION"));
                }
                if (Text.blankToNull(body.reason()) == null) {
                    errors.add(new Problem.FieldError("reason", "is required: a target date only moves with a reason"));
                }
                forbid(errors, "TARGET_DATE_REVISION", "status", body.status(), "supersededBy", body.supersededBy(),
                        "evidence", body.evidence());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void forbid(List<Problem.FieldError> errors, String type, Object... namesAndValues) {
        for (int k = 0; k < namesAndValues.length; k += 2) {
            if (namesAndValues[k + 1] != null) {
                errors.add(new Problem.FieldError((String) namesAndValues[k], "does not belong to a " + type));
            }
        }
    }
}
