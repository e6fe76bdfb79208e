package org.iom.inspection;

/** What kind of figure the inspectors reported for a finding. */
public enum BaselineKind {
    NUMBER, SHARE, COUNT_OF_TOTAL, NOT_KNOWN, NOT_REPORTED
}
