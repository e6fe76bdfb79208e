package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The red/amber/green management status of a case, set by its practitioners (not the recommendations' RAG rating). */
@Schema(name = "CaseRag")
public enum CaseRag {
    RED, AMBER, GREEN
}
