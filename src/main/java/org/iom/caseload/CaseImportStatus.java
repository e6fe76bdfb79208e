package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an import stands. RUNNING: rows are being read (rowsRead grows); COMPLETED: every row was imported; REJECTED:
 * at least one row broke a rule, so none was imported; FAILED: the import stopped for another reason (the body could
 * not be read, the database went away), and nothing was imported.
 */
@Schema(name = "CaseImportStatus")
public enum CaseImportStatus {
    RUNNING, COMPLETED, REJECTED, FAILED
}
