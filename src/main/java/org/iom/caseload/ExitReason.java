package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExitReason")
public enum ExitReason {
    RISK_REDUCED, CUSTODY, MOVED_AWAY, NON_ENGAGEMENT, DECEASED, OTHER,
    /** Moved to another scheme by POST /v1/cases/{caseId}/transfer (the only way to this reason). */
    TRANSFERRED
}
