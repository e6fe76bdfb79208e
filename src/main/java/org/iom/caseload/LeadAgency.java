package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeadAgency")
public enum LeadAgency {
    POLICE, PROBATION, JOINT
}
