package org.iom.caseload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;

/**
 * The 422 answer to an import with at least one bad row (documentation of the problem+json body, whose extension
 * members carry the import's report; written by the global problem mapper).
 */
@Schema(name = "CaseImportProblem", description = "RFC 9457 problem details for a rejected import: nothing was "
        + "imported; the extension members carry the report (every rejected row with its line, field and message)."
        + " detail and instance are absent (never null) when they do not apply.",
        extensions = @Extension(name = "x-nulls-omitted", value = "true", parseValue = true))
public record CaseImportRejected(
        @Schema(required = true, maxLength = 200, example = "https://iom.service.justice.gov.uk/problems/import-rejected")
        String type,
        @Schema(required = true, maxLength = 200, example = "Import rejected")
        String title,
        @Schema(required = true, minimum = "422", maximum = "422", example = "422")
        int status,
        @Schema(maxLength = 4000, example = "2 of 3 rows were rejected: nothing was imported.")
        String detail,
        @Schema(maxLength = 2000, example = "/v1/case-imports")
        String instance,
        @Schema(description = "The import's id (GET /v1/case-imports/{importId} gives the same report)", required = true)
        UUID importId,
        @Schema(description = "Data rows read", required = true, minimum = "0", maximum = "2147483647", example = "3")
        long rowsRead,
        @Schema(description = "Always 0: all or nothing", required = true, minimum = "0", maximum = "0", example = "0")
        long imported,
        @Schema(description = "How many problems were found", required = true, minimum = "1", maximum = "2147483647",
                example = "2")
        long rejectedCount,
        @Schema(description = "True when rejected lists only the first " + CaseImportReport.MAX_REPORTED,
                required = true, example = "false")
        boolean rejectedTruncated,
        @Schema(description = "The problems, by line", required = true, maxItems = CaseImportReport.MAX_REPORTED)
        List<CaseImportReport.Rejection> rejected) {

    /** The 422 of a rejected import (the first answer, and a replay's): its report in the problem's extension members. */
    static ProblemException problem(UUID id, long rowsRead, long rejectedRows, long rejectedCount, boolean truncated,
            List<CaseImportReport.Rejection> rejected, Map<String, String> headers) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("importId", id);
        report.put("rowsRead", rowsRead);
        report.put("imported", 0);
        report.put("rejectedCount", rejectedCount);
        report.put("rejectedTruncated", truncated);
        report.put("rejected", rejected);
        return new ProblemException(ProblemType.IMPORT_REJECTED, rejectedRows + " of " + rowsRead + " rows were rejected ("
                + rejectedCount + " problems): nothing was imported.", null, null, null, headers, report);
    }
}
