package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of item a report asks for. */
@Schema(description = "Kind of item in the report", example = "RECOMMENDATION")
public enum RecommendationKind {
    RECOMMENDATION, AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN, CALL_TO_ACTION
}
