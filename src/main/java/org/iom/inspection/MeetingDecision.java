package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an oversight meeting decided about a recommendation on its agenda (or one of its actions). */
@Schema(description = "ACCEPT_CLOSURE: the group accepts that the recommendation (or action) can close."
        + " EXTEND_DATE: the group agrees to move its target (or due) date. ESCALATE: the group escalates it.",
        example = "EXTEND_DATE")
public enum MeetingDecision {
    ACCEPT_CLOSURE, EXTEND_DATE, ESCALATE
}
