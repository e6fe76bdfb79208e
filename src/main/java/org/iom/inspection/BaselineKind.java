package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of figure the inspectors reported for a finding. */
@Schema(description = "What the inspectors reported: a NUMBER, a SHARE (0 to 1), a COUNT_OF_TOTAL (value of outOf),"
        + " NOT_KNOWN (they reported that nobody knew) or NOT_REPORTED (the report gives no figure)",
        example = "COUNT_OF_TOTAL")
public enum BaselineKind {
    NUMBER, SHARE, COUNT_OF_TOTAL, NOT_KNOWN, NOT_REPORTED
}
