package org.iom.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.Paging;
import org.iom.common.ProblemException;
import org.iom.security.Roles;

/** The access log, for auditors only (DPA 2018 s62(3): logs serve lawfulness checks, self-monitoring and integrity). */
@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log", description = "DPA 2018 Part 3 s62 log of every collection, alteration, consultation, disclosure and erasure of case data")
@RolesAllowed(Roles.AUDITOR)
public class AuditEventResource {

    @Inject
    AuditQueryService service;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Search the access log",
            description = "Newest first, cursor paged. `from` is inclusive and `to` exclusive. Roles: iom-auditor.")
    @APIResponse(responseCode = "200", description = "A page of entries",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AuditEventPage.class), examples = @ExampleObject(name = "page",
                    value = """
                    {"items":[{"id":1051,"occurredAt":"2026-11-25T13:58:07Z","actor":"jsmith","client":"iom-case-app",\
                    "roles":["iom-practitioner"],"action":"CONSULTATION","caseId":"0193a1b2-7c3d-7e4f-8a5b-6c7d8e9f0a1b",\
                    "schemeId":"0193a1b2-0000-7e4f-8a5b-6c7d8e9f0a1b","recipient":null,"reason":"case review",\
                    "requestId":"9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b"}],"nextCursor":null}""")))
    public Response list(
            @Parameter(description = "Only entries about this case") @QueryParam("caseId") UUID caseId,
            @Parameter(description = "Only entries by this token subject", example = "jsmith")
            @QueryParam("actor") @Size(max = 200) String actor,
            @Parameter(description = "Only this kind of processing") @QueryParam("action") AuditAction action,
            @Parameter(description = "From this instant (inclusive), ISO 8601", example = "2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Before this instant (exclusive), ISO 8601", example = "2026-12-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) Integer limit,
            @Parameter(description = "Opaque cursor from the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 500))
            @QueryParam("cursor") @Size(max = 500) String cursor) {
        Instant fromInstant = instant("from", from);
        Instant toInstant = instant("to", to);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        AuditEventPage page = service.find(
                new AuditQueryService.Filter(caseId, actor, action, fromInstant, toInstant), limit, cursor);
        return Paging.ok(page, uri, page.nextCursor());
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO 8601 instant, e.g. 2026-11-25T13:58:07Z");
        }
    }
}
