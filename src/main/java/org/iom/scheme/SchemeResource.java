package org.iom.scheme;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.ETags;
import org.iom.common.Idempotency;
import org.iom.common.MergePatch;
import org.iom.common.Paging;
import org.iom.common.ProblemException;
import org.iom.common.QueryParams;
import org.iom.security.Roles;

/** IOM schemes: admins write, every role reads (schemes are not personal data). */
@Path("/v1/schemes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schemes", description = "IOM schemes: the local arrangements, each tied to a police force and a probation region")
public class SchemeResource {

    static final String SCHEME_EXAMPLE = """
            {"id":"0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c","code":"WMP-BHAM","name":"Birmingham Integrated Offender Management",\
            "policeForceId":"west-midlands","probationRegionCode":"N52","launchedOn":"2021-04-01","status":"ACTIVE",\
            "setting":"METROPOLITAN","cohorts":["FIXED","FLEX"],"coLocated":true,"sharedCaseSystem":false,\
            "contact":{"name":"Birmingham IOM hub","email":"iom.birmingham@example.gov.uk","phone":"0121 000 0000"},\
            "createdAt":"2026-11-25T13:58:07Z","updatedAt":"2026-11-25T13:58:07Z"}""";
    private static final Pattern FORCE = Pattern.compile("^[a-z-]{1,40}$");
    private static final Pattern REGION = Pattern.compile("^N[0-9]{2}$");

    @Inject
    SchemeService service;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createScheme", summary = "Create a scheme",
            description = "Creates a scheme with a unique code. Roles: iom-admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewScheme.class),
            examples = @ExampleObject(name = "birmingham", value = """
                    {"code":"WMP-BHAM","name":"Birmingham Integrated Offender Management","policeForceId":"west-midlands",\
                    "probationRegionCode":"N52","launchedOn":"2021-04-01","setting":"METROPOLITAN","cohorts":["FIXED","FLEX"],\
                    "coLocated":true,"sharedCaseSystem":false,"contact":{"name":"Birmingham IOM hub","email":"iom.birmingham@example.gov.uk"}}""")))
    @APIResponse(responseCode = "201", description = "Created; Location names the new scheme",
            headers = {@Header(name = "Location", description = "URL of the new scheme", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Entity tag for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SchemeView.class),
                    examples = @ExampleObject(name = "created", value = SCHEME_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A scheme with this code exists (conflictingId names it)")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another request body")
    public Response create(
            @Parameter(description = "Makes a retry safe: the same key and body replay the first answer",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid NewScheme body) {
        return idempotency.execute(idempotencyKey, "POST /v1/schemes", body, () -> {
            SchemeView created = service.create(body);
            return Response.created(uri.getBaseUriBuilder().path("v1/schemes/{id}").build(created.id()))
                    .header(HttpHeaders.ETAG, ETags.of(created.version()))
                    .entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.ANALYST, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.AUDITOR})
    @Operation(operationId = "listSchemes", summary = "List schemes",
            description = "Schemes ordered by code, filtered, in pages (cursor paging). Roles: any.")
    @APIResponse(responseCode = "200", description = "A page of schemes",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page (rel=\"next\"), when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SchemePage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\":[" + SCHEME_EXAMPLE
                            + "],\"nextCursor\":null,\"total\":null}")))
    public Response list(
            @Parameter(description = "Only schemes of this police force", example = "west-midlands",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^[a-z-]{1,40}$")) @QueryParam("policeForceId") String policeForceId,
            @Parameter(description = "Only schemes of this probation region", example = "N52",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 3, pattern = "^N[0-9]{2}$")) @QueryParam("probationRegionCode") String probationRegionCode,
            @Parameter(description = "Only schemes with this status", schema = @Schema(implementation = SchemeStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only schemes running this cohort", schema = @Schema(implementation = Cohort.class))
            @QueryParam("cohort") String cohort,
            @Parameter(description = "Text in the name or code (case-insensitive)", example = "birmingham",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "200", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the previous page's nextCursor",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("cursor") String cursor,
            @Parameter(description = "Also count every matching scheme (total)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("includeTotal") String includeTotal,
            @Context UriInfo uri) {
        if (q != null && q.length() > 100) {
            throw ProblemException.invalid("q", "must be at most 100 characters");
        }
        var filter = new SchemeService.Filter(
                QueryParams.matching("policeForceId", policeForceId, FORCE, "must be a police force id like west-midlands"),
                QueryParams.matching("probationRegionCode", probationRegionCode, REGION, "must be a probation region code like N52"),
                QueryParams.enumValue("status", status, SchemeStatus.class),
                QueryParams.enumValue("cohort", cohort, Cohort.class),
                q == null || q.isBlank() ? null : q.trim());
        SchemePage page = service.list(filter, QueryParams.limit(limit), cursor,
                Boolean.TRUE.equals(QueryParams.bool("includeTotal", includeTotal)));
        return Paging.ok(page, uri, page.nextCursor());
    }

    @GET
    @Path("/{schemeId}")
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.ANALYST, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.AUDITOR})
    @Operation(operationId = "getScheme", summary = "Get a scheme", description = "Roles: any.")
    @APIResponse(responseCode = "200", description = "The scheme",
            headers = @Header(name = "ETag", description = "Entity tag for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SchemeView.class),
                    examples = @ExampleObject(name = "scheme", value = SCHEME_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such scheme")
    public Response get(
            @Parameter(description = "Scheme id", example = "0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("schemeId") String schemeId) {
        UUID id = pathId(schemeId);
        SchemeView view = service.get(id).orElseThrow(() -> ProblemException.notFound("Scheme", schemeId));
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
    }

    @PATCH
    @Path("/{schemeId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateScheme", summary = "Change a scheme",
            description = "JSON merge patch (RFC 7396, as application/merge-patch+json or application/json): only the "
                    + "fields given change, null clears an optional field. Needs If-Match with the current ETag. "
                    + "The code cannot be changed. Roles: iom-admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SchemePatch.class),
            examples = @ExampleObject(name = "close", value = """
                    {"status":"CLOSED","contact":null}""")))
    @APIResponse(responseCode = "200", description = "The changed scheme",
            headers = @Header(name = "ETag", description = "The new entity tag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SchemeView.class),
                    examples = @ExampleObject(name = "scheme", value = SCHEME_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such scheme")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag: fetch the scheme again")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another request body")
    @APIResponse(responseCode = "428", description = "If-Match is missing, or is * or a list instead of the one ETag last read")
    public Response update(
            @Parameter(description = "Scheme id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("schemeId") String schemeId,
            @Parameter(description = "The ETag the change is based on", required = true, example = "\"3\"",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 30)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Makes a retry safe: the same key and body replay the first answer",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull JsonNode body) {
        UUID id = pathId(schemeId);
        return idempotency.execute(idempotencyKey, "PATCH /v1/schemes/" + id, body, () -> {
            SchemeView view = service.patch(id, body, ifMatch);
            return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.version())).build();
        });
    }

    private static UUID pathId(String value) {
        return QueryParams.requiredUuid("schemeId", value);
    }
}
