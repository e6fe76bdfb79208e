package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseStatus")
public enum CaseStatus {
    ACTIVE, EXITED
}
