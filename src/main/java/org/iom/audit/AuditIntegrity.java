package org.iom.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /v1/audit-events/integrity: the access log checked against its sealed checkpoints (ADR 0032). */
@Schema(name = "AuditLogIntegrity", description = "The access log checked against its sealed checkpoints")
public record AuditIntegrity(
        @Schema(description = "True when every checkpoint matches the entries it covers and the chain is unbroken",
                required = true) boolean intact,
        @Schema(description = "Checkpoints verified (all of them when intact, else those before the first mismatch)",
                minimum = "0", maximum = "9223372036854775807", example = "42", required = true) long checkpointsVerified,
        @Schema(description = "Entries covered by the verified checkpoints", minimum = "0",
                maximum = "9223372036854775807", example = "412003", required = true) long entriesVerified,
        @Schema(description = "Id of the last entry covered by the verified checkpoints (0: none)", minimum = "0",
                maximum = "9223372036854775807", example = "20600101", required = true) long lastSealedEventId,
        @Schema(description = "When the last verified checkpoint was sealed (null: none yet)", nullable = true,
                example = "2026-12-02T09:14:00Z") Instant lastSealedAt,
        @Schema(description = "Entries after the last verified checkpoint: not sealed yet (the service seals every "
                + "iom.audit.seal.interval), or after a mismatch", minimum = "0", maximum = "9223372036854775807",
                example = "17", required = true) long unsealedEntries,
        @Schema(description = "The first checkpoint that does not match (null when intact)", nullable = true)
        Mismatch firstMismatch) {

    /** A checkpoint that does not match. */
    @Schema(name = "AuditCheckpointMismatch", description = "The first sealed checkpoint that does not match the log")
    public record Mismatch(
            @Schema(description = "Number of the checkpoint (1 is the first)", minimum = "1",
                    maximum = "9223372036854775807", example = "7", required = true) long checkpoint,
            @Schema(description = "It covers the entries with an id above this", minimum = "0",
                    maximum = "9223372036854775807", example = "3000000", required = true) long afterEventId,
            @Schema(description = "... up to and including this id", minimum = "1", maximum = "9223372036854775807",
                    example = "3500000", required = true) long lastEventId,
            @Schema(description = "When it was sealed", example = "2026-12-02T09:14:00Z", required = true)
            Instant sealedAt,
            @Schema(description = "Entries it covered when sealed", minimum = "0", maximum = "2147483647",
                    example = "10000", required = true) int sealedEntries,
            @Schema(description = "Entries in its range now", minimum = "0", maximum = "2147483647",
                    example = "10000", required = true) int foundEntries,
            @Schema(description = "MAC_MISMATCH: an entry in its range, or the checkpoint itself, was changed, added "
                    + "or removed after sealing. CHAIN_BROKEN: the checkpoint does not follow the one before (a "
                    + "checkpoint was removed, or its range changed)", required = true) Kind problem) {}

    /** Why a checkpoint does not match. */
    @Schema(name = "AuditCheckpointMismatchKind")
    public enum Kind {
        MAC_MISMATCH,
        CHAIN_BROKEN
    }
}
