package org.iom.inspection;

/** The status of an action: OPEN until it is DONE (with evidence) or DROPPED (with a reason); both are final. */
public enum ActionStatus {
    OPEN, DONE, DROPPED
}
