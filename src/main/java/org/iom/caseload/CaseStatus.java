package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseStatus", description = "ACTIVE while managed; EXITED after de-selection (read-only except outcome reviews)",
        example = "ACTIVE")
public enum CaseStatus {
    ACTIVE, EXITED
}
