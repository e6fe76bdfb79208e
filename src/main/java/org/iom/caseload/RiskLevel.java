package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Risk of serious harm (an assessment, not a fact). */
@Schema(name = "RiskOfSeriousHarm")
public enum RiskLevel {
    LOW, MEDIUM, HIGH, VERY_HIGH
}
