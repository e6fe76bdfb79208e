package org.iom.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;
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
import org.iom.common.Idempotency;
import org.iom.common.Paging;
import org.iom.inspection.InspectionService.Versioned;
import org.iom.inspection.InspectionViews.InspectionPage;
import org.iom.inspection.InspectionViews.InspectionPatch;
import org.iom.inspection.InspectionViews.InspectionView;
import org.iom.inspection.InspectionViews.NewInspection;
import org.iom.inspection.InspectionViews.NewRecommendation;
import org.iom.inspection.InspectionViews.RecommendationView;
import org.iom.security.Roles;

/** Inspection reports, and adding recommendations to them. */
@Path("/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections", description = "Inspection reports of every inspectorate, one register")
public class InspectionResource {

    static final String INSPECTION_EXAMPLE = """
            {"id":"01936f4e-5a1b-7c3d-8e9f-0a1b2c3d4e5f","title":"Integrated Offender Management: a joint thematic inspection",\
            "inspectorates":["HMI_PROBATION","HMICFRS"],"kind":"THEMATIC","publishedOn":"2020-02-01","fieldworkFrom":null,\
            "fieldworkTo":null,"url":null,"summary":"Nobody knew how many people were managed under IOM nationally.",\
            "recommendationCount":3,"createdBy":"inspector-1","createdAt":"2026-11-25T13:58:07Z","updatedAt":"2026-11-25T13:58:07Z"}""";

    static final String PAGE_PARAMS_NOTE = " Cursor paging: pass `nextCursor` back as `cursor`; `limit` 1 to 200"
            + " (default 20).";

    @Inject
    InspectionService service;

    @Inject
    RecommendationService recommendations;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @Operation(operationId = "createInspection", summary = "Add an inspection report to the register",
            description = "Roles: iom-inspector, iom-admin. Optional Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new inspection", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class),
                    examples = @ExampleObject(name = "created", value = INSPECTION_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another request body")
    public Response create(
            @Parameter(description = "Makes a retried request safe: the same key and body replay the first answer",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "5f0c7a3e-create-iom-2020")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(schema = @Schema(implementation = NewInspection.class), examples = @ExampleObject(
                    name = "iom-2020", value = """
                    {"title":"Integrated Offender Management: a joint thematic inspection","inspectorates":["HMI_PROBATION","HMICFRS"],\
                    "kind":"THEMATIC","publishedOn":"2020-02-01","summary":"Nobody knew how many people were managed under IOM nationally."}""")))
            @Valid @NotNull NewInspection body) {
        return idempotency.execute(idempotencyKey, "POST /v1/inspections", body, () -> {
            Versioned<InspectionView> v = service.create(body);
            return Response.created(URI.create("/v1/inspections/" + v.view().id())).tag(tag(v)).entity(v.view()).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @Operation(operationId = "listInspections", summary = "List inspection reports, newest publication first",
            description = "Filters combine with AND. Roles: any." + PAGE_PARAMS_NOTE)
    @APIResponse(responseCode = "200", description = "A page of inspections",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionPage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\":[" + INSPECTION_EXAMPLE + "],\"nextCursor\":null,\"total\":null}")))
    public Response list(
            @Parameter(description = "Published (jointly or alone) by this inspectorate; repeat the parameter for any of several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Inspectorate.class, maxItems = 6))
            @QueryParam("inspectorate") List<String> inspectorate,
            @Parameter(description = "Kind of report", schema = @Schema(implementation = InspectionKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Published on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2019-01-01")
            @QueryParam("publishedFrom") String publishedFrom,
            @Parameter(description = "Published on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2020-12-31")
            @QueryParam("publishedTo") String publishedTo,
            @Parameter(description = "Case-insensitive text in the title or summary", schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "offender management")
            @QueryParam("q") String q,
            @Parameter(description = "Opaque cursor from nextCursor", schema = @Schema(type = SchemaType.STRING, maxLength = 500)) @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Also count all matching inspections", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeTotal") String includeTotal) {
        InspectionPage page = service.list(Params.enums("inspectorate", inspectorate, Inspectorate.class),
                Params.enumOf("kind", kind, InspectionKind.class), Params.date("publishedFrom", publishedFrom),
                Params.date("publishedTo", publishedTo), Params.text("q", q, 200), cursor, Params.limit(limit),
                Boolean.TRUE.equals(Params.bool("includeTotal", includeTotal)));
        return Paging.ok(page, uri, page.nextCursor());
    }

    @GET
    @Path("/{inspectionId}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @Operation(operationId = "getInspection", summary = "Get one inspection report", description = "Roles: any.")
    @APIResponse(responseCode = "200", description = "The inspection",
            headers = @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class),
                    examples = @ExampleObject(name = "iom-2020", value = INSPECTION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such inspection")
    public Response get(@Parameter(description = "Inspection id") @PathParam("inspectionId") UUID inspectionId) {
        Versioned<InspectionView> v = service.get(inspectionId);
        return Response.ok(v.view()).tag(tag(v)).build();
    }

    @PATCH
    @Path("/{inspectionId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @Operation(operationId = "updateInspection", summary = "Edit an inspection report (JSON merge patch)",
            description = "Send only the fields to change; null clears an optional field. Needs If-Match with the"
                    + " current ETag. Roles: iom-inspector, iom-admin.")
    @APIResponse(responseCode = "200", description = "The updated inspection",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class),
                    examples = @ExampleObject(name = "updated", value = INSPECTION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing, or is * or a list instead of the one ETag last read")
    public Response patch(
            @Parameter(description = "Inspection id") @PathParam("inspectionId") UUID inspectionId,
            @Parameter(description = "The ETag last read", required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 40), example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionViews.InspectionPatchBody.class),
                            examples = @ExampleObject(name = "summary", value = "{\"summary\":\"Corrected summary.\",\"url\":null}")),
                    @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = InspectionViews.InspectionPatchBody.class),
                            examples = @ExampleObject(name = "summary", value = "{\"summary\":\"Corrected summary.\",\"url\":null}"))})
            JsonNode body) throws JsonProcessingException {
        Versioned<InspectionView> v = service.patch(inspectionId, ifMatch, body);
        return Response.ok(v.view()).tag(tag(v)).build();
    }

    @POST
    @Path("/{inspectionId}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @Operation(operationId = "addRecommendation", summary = "Add a recommendation to an inspection",
            description = "The recommendation starts OPEN. Its number is unique within the report (409 otherwise,"
                    + " with conflictingId). An unknown evidenceFigure key is a 400. Query the register with"
                    + " GET /v1/recommendations?inspectionId=... Roles: iom-inspector, iom-admin. Optional Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new recommendation", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class),
                    examples = @ExampleObject(name = "created", value = RecommendationResource.RECOMMENDATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "409", description = "The report already has a recommendation with this number")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another request body")
    public Response addRecommendation(
            @Parameter(description = "Inspection id") @PathParam("inspectionId") UUID inspectionId,
            @Parameter(description = "Makes a retried request safe", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(schema = @Schema(implementation = NewRecommendation.class), examples = @ExampleObject(
                    name = "evaluation", value = """
                    {"number":"1","kind":"RECOMMENDATION","text":"Commission an independent evaluation of the costs and benefits of IOM.",\
                    "textVerified":false,"addressees":["Ministry of Justice"],"owner":{"organisation":"Ministry of Justice","contact":"IOM policy lead"},\
                    "theme":"Measuring impact","priority":"HIGH","targetDate":"2021-03-31","evidenceFigure":"statistics.coverage.forces"}""")))
            @Valid @NotNull NewRecommendation body) {
        return idempotency.execute(idempotencyKey, "POST /v1/inspections/" + inspectionId + "/recommendations", body, () -> {
            Versioned<RecommendationView> v = recommendations.add(inspectionId, body);
            return Response.created(URI.create("/v1/recommendations/" + v.view().id())).tag(tag(v))
                    .entity(v.view()).build();
        });
    }

    static jakarta.ws.rs.core.EntityTag tag(Versioned<?> v) {
        return new jakarta.ws.rs.core.EntityTag(String.valueOf(v.version()));
    }
}
