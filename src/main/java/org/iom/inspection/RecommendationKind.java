package org.iom.inspection;

/** The kinds of item a report asks for. */
public enum RecommendationKind {
    RECOMMENDATION, AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN, CALL_TO_ACTION
}
