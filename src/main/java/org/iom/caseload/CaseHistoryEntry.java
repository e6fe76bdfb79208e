package org.iom.caseload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseHistoryEntry", description = "One change to a case, its needs or its outcome reviews: when, who, "
        + "what and why")
public record CaseHistoryEntry(
        @Schema(description = "Id (UUID v7): entries of a case are in this order", example = "0193a6c9-0a1b-7c2d-8e3f-4a5b6c7d8e9f")
        UUID id,
        @Schema(example = "2026-11-25T13:58:07Z") Instant occurredAt,
        @Schema(description = "The token's subject", maxLength = 200, example = "4f1c2a9e-practitioner") String actor,
        @Schema(description = "The token's name (or preferred_username; else the subject)", maxLength = 200,
                example = "Jo Okafor") String actorName,
        HistoryOperation operation,
        @Schema(nullable = true, description = "The needs assessment or outcome review recorded, or the other case of a "
                + "transfer", example = "0193a6c7-2b3c-7d4e-8f50-6a7b8c9d0e1f") UUID resourceId,
        @Schema(maxItems = 100) List<FieldChange> changes,
        @Schema(nullable = true, maxLength = 500, description = "The X-Access-Reason sent with the change",
                example = "Monthly panel review") String reason) {}
