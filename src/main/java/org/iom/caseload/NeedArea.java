package org.iom.caseload;

/**
 * The ten criminogenic need areas (OASys), in their usual order: the one list of them. The needs record's JSON keys,
 * the needs_assessment columns (the name in lower case) and the statistics' need areas all come from here.
 */
public enum NeedArea {
    ACCOMMODATION,
    EDUCATION_TRAINING_AND_EMPLOYABILITY,
    FINANCIAL_MANAGEMENT_AND_INCOME,
    RELATIONSHIPS,
    LIFESTYLE_AND_ASSOCIATES,
    DRUG_MISUSE,
    ALCOHOL_MISUSE,
    EMOTIONAL_WELL_BEING,
    THINKING_AND_BEHAVIOUR,
    ATTITUDES;

    /** The needs_assessment column holding this area's severity. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
