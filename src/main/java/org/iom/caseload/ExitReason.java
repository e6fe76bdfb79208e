package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExitReason", description = "Why the person left the scheme", example = "RISK_REDUCED")
public enum ExitReason {
    RISK_REDUCED, CUSTODY, MOVED_AWAY, NON_ENGAGEMENT, DECEASED, OTHER
}
