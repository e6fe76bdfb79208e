package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a retention review decides (ADR 0036). */
@Schema(description = "RETAIN: keep the case until the next review date; ERASE: erase its personal data (by a bulk "
        + "erasure, POST /v1/retention/erasures, or DELETE /v1/cases/{caseId})")
public enum RetentionDecision {
    RETAIN, ERASE
}
