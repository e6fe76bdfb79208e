package org.iom.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.Records;
import org.iom.inspection.TimelineViews.NewUpdate;

/** Which fields a timeline entry of each type needs, and which do not belong to it (a 400 naming each). */
final class TimelineEntryRules {

    /** Per type: the fields it needs (before the ':') and the optional ones it also takes (after). */
    private static final Map<UpdateType, String> FIELDS = new EnumMap<>(Map.of(
            UpdateType.COMMENT, "note:",
            UpdateType.STATUS_CHANGE, "status:supersededBy evidence note",
            UpdateType.TARGET_DATE_REVISION, "targetDate reason:note",
            UpdateType.ACTION_ADDED, "description actionOwner dueDate:note",
            UpdateType.ACTION_DUE_DATE_REVISION, "actionId dueDate reason:note",
            UpdateType.ACTION_STATUS_CHANGE, "actionId actionStatus:evidence reason note",
            UpdateType.DECISION, "meetingId decision:actionId note"));

    private static final Map<String, String> WHY = Map.of(
            "reason", "is required: a date only moves with a reason",
            "actionOwner", "is required: every action has an owner (an organisation and a role)");

    private TimelineEntryRules() {}

    static void check(NewUpdate body) {
        String[] fields = FIELDS.get(body.type()).split(":", -1);
        Set<String> required = words(fields[0]);
        Set<String> optional = words(fields[1]);
        List<Problem.FieldError> errors = new ArrayList<>();
        values(body).forEach((name, value) -> {
            boolean given = value != null && !(value instanceof String s && s.isBlank());
            if (required.contains(name) && !given) {
                errors.add(new Problem.FieldError(name, WHY.getOrDefault(name, "is required for a " + body.type())));
            } else if (!required.contains(name) && !optional.contains(name) && value != null) {
                errors.add(new Problem.FieldError(name, "does not belong to a " + body.type()));
            }
        });
        if (body.type() == UpdateType.ACTION_STATUS_CHANGE && body.actionStatus() != null) {
            actionStatus(body, errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** DONE needs evidence and takes no reason; DROPPED needs a reason and takes no evidence; OPEN is not a change. */
    private static void actionStatus(NewUpdate body, List<Problem.FieldError> errors) {
        switch (body.actionStatus()) {
            case OPEN -> errors.add(new Problem.FieldError("actionStatus", "must be DONE or DROPPED"));
            case DONE -> {
                need(errors, "evidence", body.evidence(), "is required to mark an action DONE");
                forbid(errors, "reason", body.reason(), "does not belong to DONE (evidence does)");
            }
            case DROPPED -> {
                need(errors, "reason", body.reason(), "is required to drop an action");
                forbid(errors, "evidence", body.evidence(), "does not belong to DROPPED (a reason does)");
            }
        }
    }

    private static void need(List<Problem.FieldError> errors, String name, String value, String message) {
        if (Text.blankToNull(value) == null) {
            errors.add(new Problem.FieldError(name, message));
        }
    }

    private static void forbid(List<Problem.FieldError> errors, String name, String value, String message) {
        if (value != null) {
            errors.add(new Problem.FieldError(name, message));
        }
    }

    private static Set<String> words(String s) {
        return s.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(s.trim().split(" ")));
    }

    /** The body's fields other than type, by name, in declaration order. */
    private static Map<String, Object> values(NewUpdate b) {
        Map<String, Object> m = Records.values(b);
        m.remove("type");
        return m;
    }
}
