package org.iom.statistics;

/** The level a statistics answer is grouped at: one row per scheme, force, region, cohort, or one national row. */
public enum GroupBy {
    SCHEME, FORCE, REGION, COHORT, NATION
}
