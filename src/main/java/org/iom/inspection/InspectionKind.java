package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of report an inspection is. */
@Schema(description = "Kind of report: a thematic inspection, a joint targeted area inspection (JTAI), a survey"
        + " analysis, a core inspection of one organisation, a PEEL police inspection, a review, or other",
        example = "THEMATIC")
public enum InspectionKind {
    THEMATIC, JOINT_TARGETED_AREA, SURVEY_ANALYSIS, CORE_INSPECTION, PEEL, REVIEW, OTHER
}
