package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rag", description = "Red/amber/green management status", example = "AMBER")
public enum Rag {
    RED, AMBER, GREEN
}
