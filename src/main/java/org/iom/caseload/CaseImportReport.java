package org.iom.caseload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The report of a bulk import: while it runs, and after (GET /v1/case-imports/{importId}, and the 201 answer). */
@Schema(name = "CaseImportReport")
public record CaseImportReport(UUID id, UUID schemeId, CaseImportFormat format, CaseImportStatus status, long rowsRead,
        long imported, long rejectedCount, boolean rejectedTruncated, List<Rejection> rejected, Instant startedAt,
        @Schema(nullable = true) Instant finishedAt) {

    /** The most rejected rows a report lists (rejectedCount counts them all; rejectedTruncated says so). */
    public static final int MAX_REPORTED = 1000;

    /** One problem with one row. */
    @Schema(name = "CaseImportRejection")
    public record Rejection(long line, String field, String message) {}
}
