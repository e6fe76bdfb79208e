package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReoffendingTrend")
public enum Trend {
    REDUCED, STAYED_THE_SAME, INCREASED
}
