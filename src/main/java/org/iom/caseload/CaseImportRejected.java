package org.iom.caseload;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 422 answer to an import with at least one bad row (documentation of the problem+json body, whose extension
 * members carry the import's report; written by the global problem mapper).
 */
@Schema(name = "CaseImportProblem", description = "RFC 9457 problem details for a rejected import: nothing was "
        + "imported; the extension members carry the report (every rejected row with its line, field and message)")
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
        @Schema(description = "True when rejected lists only the first " + CaseImportService.MAX_REPORTED,
                required = true, example = "false")
        boolean rejectedTruncated,
        @Schema(description = "The problems, by line", required = true, maxItems = CaseImportService.MAX_REPORTED)
        List<CaseImportReport.Rejection> rejected) {}
