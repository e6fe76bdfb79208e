package org.iom.inspection;

/** What kind of report an inspection is. */
public enum InspectionKind {
    THEMATIC, JOINT_TARGETED_AREA, SURVEY_ANALYSIS, CORE_INSPECTION, PEEL, REVIEW, OTHER
}
