package org.iom.caseload;

/** What a retention review decides (ADR 0036). */
public enum RetentionDecision {
    RETAIN, ERASE
}
