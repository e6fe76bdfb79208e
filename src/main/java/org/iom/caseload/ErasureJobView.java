package org.iom.caseload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ErasureJob")
public record ErasureJobView(UUID id, String status, int total, int done, int erased, int failed,
        List<ErasureFailure> failures, String requestedBy, Instant requestedAt,
        @Schema(nullable = true) Instant finishedAt) {

    @Schema(name = "ErasureFailure")
    public record ErasureFailure(UUID caseId, String detail) {}
}
