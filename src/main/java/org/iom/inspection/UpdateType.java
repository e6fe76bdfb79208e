package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of timeline entry. */
@Schema(description = "COMMENT: a progress note. STATUS_CHANGE: moves the recommendation to `status` (this entry IS"
        + " the transition). TARGET_DATE_REVISION: sets or moves the target date to `targetDate`, with a `reason`."
        + " ACTION_ADDED: a new OPEN action (`actionId`). ACTION_DUE_DATE_REVISION: moves an action's due date to"
        + " `dueDate`, with a `reason`. ACTION_STATUS_CHANGE: an action is DONE (with `evidence`) or DROPPED (with a"
        + " `reason`). DECISION: what an oversight meeting (`meetingId`) decided about the recommendation (or the"
        + " action `actionId`).",
        example = "COMMENT")
public enum UpdateType {
    COMMENT, STATUS_CHANGE, TARGET_DATE_REVISION, ACTION_ADDED, ACTION_DUE_DATE_REVISION, ACTION_STATUS_CHANGE, DECISION
}
