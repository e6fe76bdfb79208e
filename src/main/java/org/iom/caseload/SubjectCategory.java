package org.iom.caseload;

import org.iom.scheme.Cohort;

/**
 * The category of data subject (DPA 2018 s38(3)) the person managed falls in: convicted of an offence, or suspected
 * of one. Selection onto a FREE cohort (local discretion) need not mean a conviction. ADR 0036.
 */
public enum SubjectCategory {
    CONVICTED, SUSPECTED;

    /**
     * The category a selection gives, or, when it gives none (clients written before the field existed, import files
     * without the column), the cohort's: FIXED and FLEX are defined by convictions, FREE asserts none (SUSPECTED).
     */
    public static SubjectCategory orDefault(SubjectCategory given, Cohort cohort) {
        if (given != null) {
            return given;
        }
        return cohort == Cohort.FREE ? SUSPECTED : CONVICTED;
    }
}
