package org.iom.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.Idempotency;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.audit.RequestHeadersFilter;
import org.iom.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Bulk import of cases (a force migrating its IOM list): a CSV or NDJSON file for one scheme, all rows or none.
 * Operation docs: {@code openapi/imports.yaml}. The {@code @Parameter} lines only name what the contract lists first
 * (the access-log headers, read by {@link RequestHeadersFilter}) and keep ids documented as plain {@code uuid} strings.
 */
@Path("/v1/case-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case imports", description = "Bulk import of cases onto a scheme from CSV or NDJSON: all rows or none")
@RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
public class CaseImportResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    @Inject CaseImportService service;

    @POST
    @Consumes({CSV, NDJSON})
    @RequestBody(content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseImportReport.class)))
    @APIResponse(responseCode = "422", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = CaseImportRejected.class)))
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    public RestResponse<CaseImportReport> importCases(
            @QueryParam("schemeId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) UUID schemeId,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        CaseImportService.Answer answer = service.importCases(required(schemeId), CaseImportFormat.of(contentType), body,
                idempotencyKey);
        CaseImportReport report = answer.report();
        RestResponse.ResponseBuilder<CaseImportReport> created = RestResponse.ResponseBuilder
                .<CaseImportReport>created(URI.create("/v1/case-imports/" + report.id()))
                .entity(report);
        if (answer.replayed()) {
            created.header(Idempotency.REPLAYED_HEADER, "true");
        }
        return created.build();
    }

    @GET
    @Path("/{importId}")
    public CaseImportReport getCaseImport(
            @PathParam("importId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) UUID importId) {
        return service.get(importId);
    }

    private static UUID required(UUID schemeId) {
        if (schemeId == null) {
            throw ProblemException.invalid("schemeId", "required: the scheme to import the cases onto");
        }
        return schemeId;
    }
}
