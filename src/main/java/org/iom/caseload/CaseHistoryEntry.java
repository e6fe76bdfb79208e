package org.iom.caseload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseHistoryEntry")
public record CaseHistoryEntry(UUID id, Instant occurredAt, String actor, String actorName, HistoryOperation operation,
        @Schema(nullable = true) UUID resourceId, List<FieldChange> changes, @Schema(nullable = true) String reason) {}
