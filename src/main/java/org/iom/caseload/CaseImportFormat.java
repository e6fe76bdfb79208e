package org.iom.caseload;

import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;

/** The file formats a bulk import takes: RFC 4180 CSV with a header row, or one JSON object per line. */
@Schema(name = "CaseImportFormat")
public enum CaseImportFormat {
    CSV, NDJSON;

    /** The file format from the Content-Type (JAX-RS already refused other types with 415); only UTF-8 text. */
    static CaseImportFormat of(String contentType) {
        MediaType type = MediaType.valueOf(contentType);
        boolean csv = type.getSubtype().equalsIgnoreCase("csv");
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        // JSON text is UTF-8 whatever the label says (RFC 8259); a CSV labelled with another charset would be misread.
        if (csv && charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "CSV import files must be UTF-8 (charset="
                    + charset + " is not supported).");
        }
        return csv ? CSV : NDJSON;
    }
}
