package org.iom.caseload;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every area's column, in order, comma separated: for a select list. */
    public static String columns() {
        return Arrays.stream(values()).map(NeedArea::column).collect(Collectors.joining(", "));
    }
}
