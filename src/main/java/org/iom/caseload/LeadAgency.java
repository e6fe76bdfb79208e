package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeadAgency", description = "Which agency leads the case", example = "JOINT")
public enum LeadAgency {
    POLICE, PROBATION, JOINT
}
