package org.iom.audit;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the DPA 2018 s62 access log. */
@Schema(name = "AuditEvent")
public record AuditEventView(long id, Instant occurredAt, String actor, @Schema(nullable = true) String client,
        List<@Size(max = 100) String> roles, AuditAction action, @Schema(nullable = true) UUID caseId,
        @Schema(nullable = true) UUID schemeId, @Schema(nullable = true) String recipient,
        @Schema(nullable = true) String reason, @Schema(nullable = true) String requestId) {}
