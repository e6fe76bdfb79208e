package org.iom.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The file formats a bulk import takes: RFC 4180 CSV with a header row, or one JSON object per line. */
@Schema(name = "CaseImportFormat", description = "CSV: text/csv with a header row; NDJSON: application/x-ndjson")
public enum CaseImportFormat {
    CSV, NDJSON
}
