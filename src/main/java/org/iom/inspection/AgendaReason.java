package org.iom.inspection;

/** Why a recommendation is on a meeting's agenda. */
public enum AgendaReason {
    CHANGED, OVERDUE, ACTION_OVERDUE, RESPONSE_LATE, STALE
}
