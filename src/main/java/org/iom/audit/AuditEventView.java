package org.iom.audit;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the DPA 2018 s62 access log. */
@Schema(name = "AuditEvent", description = "One entry of the DPA 2018 Part 3 section 62 access log: who did what to which case, when")
public record AuditEventView(
        @Schema(description = "Sequence number of the entry", example = "1051", minimum = "1",
                maximum = "9223372036854775807", required = true) long id,
        @Schema(description = "When the action happened", example = "2026-11-25T13:58:07Z") Instant occurredAt,
        @Schema(description = "Token subject of the person or system that acted", example = "jsmith", maxLength = 200) String actor,
        @Schema(nullable = true, description = "OAuth client the token was issued to", example = "iom-case-app", maxLength = 200) String client,
        @Schema(description = "Roles the caller held", maxItems = 20, example = "[\"iom-practitioner\"]")
        List<@Size(max = 100) String> roles,
        @Schema(description = "Kind of processing, named after the Act", example = "CONSULTATION") AuditAction action,
        @Schema(nullable = true, description = "The case concerned") UUID caseId,
        @Schema(nullable = true, description = "The case's scheme") UUID schemeId,
        @Schema(nullable = true, description = "For a disclosure: to whom", example = "West Midlands Police", maxLength = 200) String recipient,
        @Schema(nullable = true, description = "Reason given in the X-Access-Reason header", example = "MAPPA meeting preparation", maxLength = 500) String reason,
        @Schema(nullable = true, description = "Request id (X-Request-Id)", example = "9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b", maxLength = 100) String requestId) {}
