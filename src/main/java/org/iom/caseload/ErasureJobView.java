package org.iom.caseload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErasureJob", description = "A bulk erasure of reviewed cases: its progress and per-case failures")
public record ErasureJobView(
        @Schema(example = "0193a6c9-4d5e-7f60-8b70-8c9d0e1f2a3b") UUID id,
        @Schema(description = "RUNNING until every case is erased or has failed, then FINISHED", example = "RUNNING",
                enumeration = {"RUNNING", "FINISHED"}, maxLength = 8) String status,
        @Schema(description = "Cases in the job", minimum = "1", maximum = "1000", example = "3") int total,
        @Schema(description = "Cases done (erased or failed)", minimum = "0", maximum = "1000", example = "2") int done,
        @Schema(minimum = "0", maximum = "1000", example = "1") int erased,
        @Schema(minimum = "0", maximum = "1000", example = "1") int failed,
        @Schema(description = "Each case that failed, with why; the others are unaffected", maxItems = 1000)
        List<ErasureFailure> failures,
        @Schema(description = "Subject of the token that asked for the job", example = "a.admin", maxLength = 200)
        String requestedBy,
        @Schema(example = "2026-11-25T13:58:07Z") Instant requestedAt,
        @Schema(nullable = true, example = "2026-11-25T13:58:09Z") Instant finishedAt) {

    @Schema(name = "ErasureFailure", description = "A case of a bulk erasure that was not erased, and why")
    public record ErasureFailure(
            @Schema(example = "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f") UUID caseId,
            @Schema(example = "Case 0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f has no ERASE decision: its latest retention "
                    + "review decided RETAIN.", maxLength = 500) String detail) {}
}
