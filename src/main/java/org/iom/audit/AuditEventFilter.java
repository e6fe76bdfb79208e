package org.iom.audit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;

/** The query of {@code GET /v1/audit-events} ({@code @BeanParam}): typed, validated, a 400 naming each bad one. */
public record AuditEventFilter(
        @QueryParam("caseId") UUID caseId,
        @QueryParam("actor") @Size(max = 200) String actor,
        @QueryParam("action") AuditAction action,
        @QueryParam("from") Instant from,
        @QueryParam("to") Instant to,
        @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) Integer limit,
        @QueryParam("cursor") @Size(max = 500) String cursor) {

    /** {@code to} is exclusive, so it must come after {@code from}. */
    @AssertTrue(message = "must be after from")
    boolean isTo() {
        return from == null || to == null || from.isBefore(to);
    }
}
