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
@Schema(name = "CaseImportProblem",
        extensions = @Extension(name = "x-nulls-omitted", value = "true", parseValue = true))
public record CaseImportRejected(@Schema(required = true) String type, @Schema(required = true) String title,
        @Schema(required = true) int status, String detail, String instance, @Schema(required = true) UUID importId,
        @Schema(required = true) long rowsRead, @Schema(required = true) long imported,
        @Schema(required = true) long rejectedCount, @Schema(required = true) boolean rejectedTruncated,
        @Schema(required = true) List<CaseImportReport.Rejection> rejected) {

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
