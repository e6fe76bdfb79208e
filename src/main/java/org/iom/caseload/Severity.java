package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NeedSeverity", description = "Severity of a criminogenic need", example = "STANDARD")
public enum Severity {
    NO_NEED, STANDARD, SEVERE
}
