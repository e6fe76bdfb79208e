package org.iom.inspection;

/** The kinds of timeline entry. */
public enum UpdateType {
    COMMENT, STATUS_CHANGE, TARGET_DATE_REVISION, ACTION_ADDED, ACTION_DUE_DATE_REVISION, ACTION_STATUS_CHANGE, DECISION
}
