package org.iom.inspection;

/** The addressee's formal response, as HMPPS action plans record it. */
public enum ResponseDecision {
    AGREED, PARTLY_AGREED, NOT_AGREED
}
