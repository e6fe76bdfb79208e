package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status of an action: OPEN until it is DONE (with evidence) or DROPPED (with a reason); both are final. */
@Schema(description = "OPEN -> DONE (with evidence) | DROPPED (with a reason). DONE and DROPPED are final.",
        example = "OPEN")
public enum ActionStatus {
    OPEN, DONE, DROPPED
}
