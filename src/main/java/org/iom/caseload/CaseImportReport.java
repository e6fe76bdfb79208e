package org.iom.caseload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The report of a bulk import: while it runs, and after (GET /v1/case-imports/{importId}, and the 201 answer). */
@Schema(name = "CaseImportReport", description = "A bulk import of cases onto one scheme: progress while it runs, then "
        + "its outcome. All or nothing: imported is 0 unless status is COMPLETED.")
public record CaseImportReport(
        @Schema(description = "Import id", required = true, example = "0193a6c9-2a3b-7c4d-8e5f-6a7b8c9d0e1f")
        UUID id,
        @Schema(description = "The scheme the rows were imported onto", required = true,
                example = "0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c")
        UUID schemeId,
        @Schema(required = true)
        CaseImportFormat format,
        @Schema(required = true)
        CaseImportStatus status,
        @Schema(description = "Data rows read so far (the CSV header is not a row)", required = true, minimum = "0",
                maximum = "2147483647", example = "1250")
        long rowsRead,
        @Schema(description = "Cases created: all rows when COMPLETED, else 0", required = true, minimum = "0",
                maximum = "2147483647", example = "1250")
        long imported,
        @Schema(description = "How many rows were rejected (each row counted once per problem found in it)",
                required = true, minimum = "0", maximum = "2147483647", example = "0")
        long rejectedCount,
        @Schema(description = "True when rejected lists only the first " + MAX_REPORTED
                + " of rejectedCount", required = true, example = "false")
        boolean rejectedTruncated,
        @Schema(description = "Every problem found, by line (at most " + MAX_REPORTED
                + "); empty unless REJECTED", required = true, maxItems = MAX_REPORTED)
        List<Rejection> rejected,
        @Schema(description = "When the import started", required = true, example = "2026-11-25T23:40:00Z")
        Instant startedAt,
        @Schema(description = "When it finished; null while RUNNING", nullable = true, example = "2026-11-25T23:40:03Z")
        Instant finishedAt) {

    /** The most rejected rows a report lists (rejectedCount counts them all; rejectedTruncated says so). */
    public static final int MAX_REPORTED = 1000;

    /** One problem with one row. */
    @Schema(name = "CaseImportRejection", description = "A problem with one row of the file")
    public record Rejection(
            @Schema(description = "Line number: CSV, the physical line where the row starts (the header is line 1); "
                    + "NDJSON, the line", required = true, minimum = "1", maximum = "2147483647", example = "17")
            long line,
            @Schema(description = "The field (column) at fault, or 'row' for the row as a whole", required = true,
                    maxLength = 200, example = "pncId")
            String field,
            @Schema(description = "What is wrong with it", required = true, maxLength = 1000,
                    example = "check letter does not match the number (expected Y)")
            String message) {}
}
