package org.iom.inspection;

/** What an oversight meeting decided about a recommendation on its agenda (or one of its actions). */
public enum MeetingDecision {
    ACCEPT_CLOSURE, EXTEND_DATE, ESCALATE
}
