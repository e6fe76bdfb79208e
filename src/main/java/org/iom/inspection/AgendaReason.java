package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a recommendation is on a meeting's agenda. */
@Schema(description = "CHANGED: it or one of its actions changed in the window. OVERDUE: past its target date."
        + " ACTION_OVERDUE: an OPEN action is past its due date. RESPONSE_LATE: not closed, no response, and the"
        + " response is past due. STALE: not closed and no update for 90 days or more.", example = "OVERDUE")
public enum AgendaReason {
    CHANGED, OVERDUE, ACTION_OVERDUE, RESPONSE_LATE, STALE
}
