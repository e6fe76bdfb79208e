package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The addressee's formal response, as HMPPS action plans record it. */
@Schema(description = "The addressee's response to the recommendation", example = "AGREED")
public enum ResponseDecision {
    AGREED, PARTLY_AGREED, NOT_AGREED
}
