package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NeedSeverity")
public enum Severity {
    NO_NEED, STANDARD, SEVERE
}
