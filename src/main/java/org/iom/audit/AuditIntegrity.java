package org.iom.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /v1/audit-events/integrity: the access log checked against its sealed checkpoints (ADR 0032). */
@Schema(name = "AuditLogIntegrity")
public record AuditIntegrity(boolean intact, long checkpointsVerified, long entriesVerified, long lastSealedEventId,
        @Schema(nullable = true) Instant lastSealedAt, long unsealedEntries,
        @Schema(nullable = true) Mismatch firstMismatch) {

    /** A checkpoint that does not match. */
    @Schema(name = "AuditCheckpointMismatch")
    public record Mismatch(long checkpoint, long afterEventId, long lastEventId, Instant sealedAt, int sealedEntries,
            int foundEntries, Kind problem) {}

    /** Why a checkpoint does not match. */
    @Schema(name = "AuditCheckpointMismatchKind")
    public enum Kind {
        MAC_MISMATCH,
        CHAIN_BROKEN
    }
}
