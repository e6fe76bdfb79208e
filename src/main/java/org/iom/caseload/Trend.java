package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReoffendingTrend", description = "How reoffending changed over the period reviewed", example = "REDUCED")
public enum Trend {
    REDUCED, STAYED_THE_SAME, INCREASED
}
