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
import jakarta.ws.rs.PUT;
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
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.Idempotency;
import org.iom.common.Paging;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.inspection.InspectionService.Versioned;
import org.iom.inspection.InspectionViews.NewResponse;
import org.iom.inspection.InspectionViews.NewUpdate;
import org.iom.inspection.InspectionViews.RecommendationPage;
import org.iom.inspection.InspectionViews.RecommendationPatch;
import org.iom.inspection.InspectionViews.RecommendationView;
import org.iom.inspection.InspectionViews.UpdatePage;
import org.iom.inspection.InspectionViews.UpdateView;
import org.iom.security.Roles;

/** The recommendation register: query (JSON or CSV), edit text, responses and the progress timeline. */
@Path("/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "The register of inspection recommendations, their responses and timelines")
public class RecommendationResource {

    static final String CSV = "text/csv";
    static final int CSV_MAX_ROWS = 10_000;

    static final String RECOMMENDATION_EXAMPLE = """
            {"id":"01936f4e-6b2c-7d4e-9f0a-1b2c3d4e5f60","inspectionId":"01936f4e-5a1b-7c3d-8e9f-0a1b2c3d4e5f",\
            "inspectionTitle":"Integrated Offender Management: a joint thematic inspection","number":"1","kind":"RECOMMENDATION",\
            "text":"Commission an independent evaluation of the costs and benefits of IOM.","textVerified":false,\
            "addressees":["Ministry of Justice"],"owner":{"organisation":"Ministry of Justice","contact":"IOM policy lead"},\
            "theme":"Measuring impact","priority":"HIGH","targetDate":"2021-03-31","targetDateRevisions":0,"status":"IN_PROGRESS",\
            "supersededBy":null,"response":{"decision":"AGREED","decidedOn":"2020-03-20","rationale":"Agreed: an evaluation will be commissioned.",\
            "recordedBy":"oversight-secretariat","recordedAt":"2020-03-21T10:00:00Z"},"responseDue":"2020-03-28","responseLate":false,\
            "overdue":true,"daysOverdue":12,"rag":"RED","lastUpdatedAt":"2021-02-01T09:30:00Z","closure":null,\
            "evidenceFigure":"statistics.coverage.forces","evidenceFigureValue":{"key":"statistics.coverage.forces",\
            "label":"Forces whose schemes record outcome reviews","description":"Police forces with at least one IOM scheme recording outcome reviews",\
            "value":14.0,"outOf":43.0,"unit":"forces","computedAt":"2026-11-25T13:58:07Z"},"createdBy":"inspector-1","createdAt":"2020-02-03T09:00:00Z"}""";

    static final String UPDATE_EXAMPLE = """
            {"id":"01936f4f-0a1b-7c3d-8e9f-0a1b2c3d4e5f","type":"TARGET_DATE_REVISION","note":null,"status":null,\
            "previousStatus":null,"supersededBy":null,"targetDate":"2021-09-30","previousTargetDate":"2021-03-31",\
            "reason":"Procurement delayed by the pandemic.","evidence":null,"recordedBy":"oversight-secretariat",\
            "recordedAt":"2021-02-01T09:30:00Z"}""";

    static final String CSV_EXAMPLE = "id,inspectionId,inspectionTitle,number,kind,text,textVerified,addressees,"
            + "ownerOrganisation,ownerContact,theme,priority,targetDate,targetDateRevisions,status,supersededBy,"
            + "responseDecision,responseDecidedOn,responseDue,responseLate,overdue,daysOverdue,rag,lastUpdatedAt,"
            + "closedBy,closedAt,evidenceFigure\r\n"
            + "01936f4e-6b2c-7d4e-9f0a-1b2c3d4e5f60,01936f4e-5a1b-7c3d-8e9f-0a1b2c3d4e5f,Integrated Offender Management:"
            + " a joint thematic inspection,1,RECOMMENDATION,\"Commission an independent evaluation of the costs and"
            + " benefits of IOM, by the MoJ.\",false,Ministry of Justice,Ministry of Justice,IOM policy lead,Measuring impact,"
            + "HIGH,2021-03-31,0,IN_PROGRESS,,AGREED,2020-03-20,2020-03-28,false,true,12,RED,2021-02-01T09:30:00Z,,,"
            + "statistics.coverage.forces\r\n";

    @Inject
    RecommendationService service;

    @Inject
    Idempotency idempotency;

    @Inject
    AppClock clock;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @Operation(operationId = "listRecommendations", summary = "Query the register of recommendations",
            description = "Filters combine with AND and apply in the query, before paging (derived ones too: overdue,"
                    + " rag, dueBefore are computed for today's UK date). JSON: a page in creation order;"
                    + InspectionResource.PAGE_PARAMS_NOTE + " With `Accept: text/csv`: the whole filtered register"
                    + " for meeting papers (no paging; at most 10,000 rows, more is a 400 asking for narrower"
                    + " filters), newest inspection first then by number, as RFC 4180 CSV (UTF-8, header row, CRLF,"
                    + " quoted fields; addressees joined with '; '; free-text cells starting with =, +, -, @ are"
                    + " prefixed with ' so spreadsheets do not run them). Roles: any.")
    @APIResponse(responseCode = "200", description = "A page of recommendations, or the CSV register",
            headers = {@Header(name = "Link", description = "RFC 8288 link to the next page (JSON)", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "CSV: attachment with a dated file name", schema = @Schema(type = SchemaType.STRING, maxLength = 200))},
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationPage.class),
                            examples = @ExampleObject(name = "page", value = "{\"items\":[" + RECOMMENDATION_EXAMPLE
                                    + "],\"nextCursor\":null,\"total\":null}")),
                    @Content(mediaType = CSV, schema = @Schema(implementation = InspectionViews.RegisterCsv.class),
                            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))})
    public Response list(
            @Parameter(description = "Status; repeat the parameter for any of several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RecommendationStatus.class, maxItems = 7))
            @QueryParam("status") List<String> status,
            @Parameter(description = "One of the addressees (case-insensitive, whole name)", schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "Ministry of Justice")
            @QueryParam("addressee") String addressee,
            @Parameter(description = "Text in the owner's organisation or contact (case-insensitive)", schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "HMPPS")
            @QueryParam("owner") String owner,
            @Parameter(description = "Recommendations of this inspection", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("inspectionId") String inspectionId,
            @Parameter(description = "Theme (case-insensitive, whole theme)", schema = @Schema(type = SchemaType.STRING, maxLength = 100), example = "Measuring impact")
            @QueryParam("theme") String theme,
            @Parameter(description = "Priority", schema = @Schema(implementation = Priority.class)) @QueryParam("priority") String priority,
            @Parameter(description = "Kind of item", schema = @Schema(implementation = RecommendationKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "true: only overdue ones; false: only those not overdue", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "RAG rating (closed recommendations have none, so never match)", schema = @Schema(implementation = Rag.class))
            @QueryParam("rag") String rag,
            @Parameter(description = "Target date strictly before this date", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2021-01-01")
            @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "Case-insensitive text in the recommendation's text", schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "evaluation")
            @QueryParam("q") String q,
            @Parameter(description = "Opaque cursor from nextCursor (JSON only)", schema = @Schema(type = SchemaType.STRING, maxLength = 500)) @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200 (JSON only)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Also count all matching recommendations (JSON only)", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeTotal") String includeTotal) {
        RegisterQuery.Filter filter = new RegisterQuery.Filter(
                Params.enums("status", status, RecommendationStatus.class), Params.text("addressee", addressee, 200),
                Params.text("owner", owner, 200), Params.uuid("inspectionId", inspectionId), Params.text("theme", theme, 100),
                Params.enumOf("priority", priority, Priority.class), Params.enumOf("kind", kind, RecommendationKind.class),
                Params.bool("overdue", overdue), Params.enumOf("rag", rag, Rag.class), Params.date("dueBefore", dueBefore),
                Params.text("q", q, 200));
        int pageSize = Params.limit(limit);
        boolean total = Boolean.TRUE.equals(Params.bool("includeTotal", includeTotal));
        if (wantsCsv()) {
            List<RecommendationView> rows = service.all(filter, CSV_MAX_ROWS + 1);
            if (rows.size() > CSV_MAX_ROWS) {
                throw new ProblemException(ProblemType.VALIDATION, "The CSV register is limited to " + CSV_MAX_ROWS
                        + " rows; narrow the filters.");
            }
            StringBuilder csv = new StringBuilder(RegisterCsv.header());
            rows.forEach(r -> csv.append(RegisterCsv.row(r)));
            return Response.ok(csv.toString(), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"recommendations-" + clock.today() + ".csv\"")
                    .build();
        }
        RecommendationPage page = service.list(filter, cursor, pageSize, total);
        return Paging.withNextLink(Response.ok(page, MediaType.APPLICATION_JSON_TYPE), uri, page.nextCursor()).build();
    }

    private boolean wantsCsv() {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType()) {
                return false;
            }
            if ("text".equals(m.getType()) && "csv".equals(m.getSubtype())) {
                return true;
            }
            if (m.isWildcardType()) {
                return false;
            }
        }
        return false;
    }

    @GET
    @Path("/{recommendationId}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @Operation(operationId = "getRecommendation", summary = "Get one recommendation",
            description = "With its response, derived oversight fields and, when it links a live figure, the figure's"
                    + " current value. Roles: any.")
    @APIResponse(responseCode = "200", description = "The recommendation",
            headers = @Header(name = "ETag", description = "Version for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class),
                    examples = @ExampleObject(name = "evaluation", value = RECOMMENDATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such recommendation")
    public Response get(@Parameter(description = "Recommendation id") @PathParam("recommendationId") UUID recommendationId) {
        Versioned<RecommendationView> v = service.get(recommendationId);
        return Response.ok(v.view()).tag(InspectionResource.tag(v)).build();
    }

    @PATCH
    @Path("/{recommendationId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @Operation(operationId = "updateRecommendation", summary = "Edit a recommendation's text fields (JSON merge patch)",
            description = "Number, kind, text, textVerified, addressees, owner, theme, priority, evidenceFigure. The"
                    + " status and target date move only through the timeline, the response only through its PUT."
                    + " Needs If-Match. Roles: iom-inspector, iom-admin.")
    @APIResponse(responseCode = "200", description = "The updated recommendation",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class),
                    examples = @ExampleObject(name = "verified", value = RECOMMENDATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such recommendation")
    @APIResponse(responseCode = "409", description = "Another recommendation of the report has this number")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing, or is * or a list instead of the one ETag last read")
    public Response patch(
            @Parameter(description = "Recommendation id") @PathParam("recommendationId") UUID recommendationId,
            @Parameter(description = "The ETag last read", required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 40), example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionViews.RecommendationPatchBody.class),
                            examples = @ExampleObject(name = "verify", value = "{\"text\":\"Text as published.\",\"textVerified\":true}")),
                    @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = InspectionViews.RecommendationPatchBody.class),
                            examples = @ExampleObject(name = "verify", value = "{\"text\":\"Text as published.\",\"textVerified\":true}"))})
            JsonNode body) throws JsonProcessingException {
        Versioned<RecommendationView> v = service.patch(recommendationId, ifMatch, body);
        return Response.ok(v.view()).tag(InspectionResource.tag(v)).build();
    }

    @PUT
    @Path("/{recommendationId}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN})
    @Operation(operationId = "recordRecommendationResponse", summary = "Record the addressee's response",
            description = "AGREED, PARTLY_AGREED or NOT_AGREED, with the date and the rationale. The response is due"
                    + " 56 days after publication (responseDue); a response dated after it, or none by then, shows as"
                    + " responseLate. Recording a different response replaces the current one and appends a COMMENT"
                    + " to the timeline, so earlier responses stay on record; the same response again changes nothing."
                    + " Needs If-Match. Roles: iom-oversight, iom-admin. Optional Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "The recommendation with its response",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class),
                    examples = @ExampleObject(name = "agreed", value = RECOMMENDATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such recommendation")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another request body")
    @APIResponse(responseCode = "428", description = "If-Match is missing, or is * or a list instead of the one ETag last read")
    public Response respond(
            @Parameter(description = "Recommendation id") @PathParam("recommendationId") UUID recommendationId,
            @Parameter(description = "The ETag last read", required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 40), example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes a retried request safe", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(schema = @Schema(implementation = NewResponse.class), examples = @ExampleObject(
                    name = "agreed", value = """
                    {"decision":"AGREED","decidedOn":"2020-03-20","rationale":"Agreed: an evaluation will be commissioned."}""")))
            @Valid @NotNull NewResponse body) {
        return idempotency.execute(idempotencyKey, "PUT /v1/recommendations/" + recommendationId + "/response", body, () -> {
            Versioned<RecommendationView> v = service.respond(recommendationId, ifMatch, body);
            return Response.ok(v.view()).tag(InspectionResource.tag(v)).build();
        });
    }

    @POST
    @Path("/{recommendationId}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN})
    @Operation(operationId = "addRecommendationUpdate", summary = "Append a timeline entry (comment, status change, target-date revision)",
            description = "Who and when are recorded by the server (token subject, server clock). A STATUS_CHANGE entry"
                    + " IS the transition: OPEN -> IN_PROGRESS | SUPERSEDED | WITHDRAWN; IN_PROGRESS -> IMPLEMENTED |"
                    + " PARTLY_IMPLEMENTED | NOT_IMPLEMENTED | SUPERSEDED | WITHDRAWN; final statuses are terminal."
                    + " An illegal transition is a 409 whose `allowed` lists the legal targets. Closing (any final"
                    + " status) needs `evidence` and records who closed it; SUPERSEDED needs `supersededBy` (another"
                    + " recommendation that is not itself superseded or withdrawn). A TARGET_DATE_REVISION sets or"
                    + " moves the target date (not into the past) and needs a `reason`; moving an existing date counts"
                    + " as a revision (RAG turns RED after more than one); closed recommendations' dates no longer"
                    + " move (409). STATUS_CHANGE and TARGET_DATE_REVISION need If-Match with the recommendation's"
                    + " ETag; a COMMENT does not (checked when sent). The new ETag of the recommendation is in the"
                    + " Recommendation-ETag header. Entries are never edited or deleted. Roles: iom-oversight,"
                    + " iom-admin. Optional Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The new entry",
            headers = {@Header(name = "Location", description = "URL of the entry", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Recommendation-ETag", description = "The recommendation's ETag after this entry", schema = @Schema(type = SchemaType.STRING, maxLength = 40))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateView.class),
                    examples = @ExampleObject(name = "revision", value = UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such recommendation")
    @APIResponse(responseCode = "409", description = "Illegal status transition (`allowed` lists the legal targets), or"
            + " the target date of a closed recommendation")
    @APIResponse(responseCode = "412", description = "If-Match does not match the recommendation's ETag")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another request body")
    @APIResponse(responseCode = "428", description = "If-Match is missing (status changes and target-date revisions), or is * or a list instead of the one ETag last read")
    public Response addUpdate(
            @Parameter(description = "Recommendation id") @PathParam("recommendationId") UUID recommendationId,
            @Parameter(description = "The recommendation's ETag last read (required except for COMMENT)", schema = @Schema(type = SchemaType.STRING, maxLength = 40), example = "\"2\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes a retried request safe", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(schema = @Schema(implementation = NewUpdate.class), examples = {
                    @ExampleObject(name = "comment", value = "{\"type\":\"COMMENT\",\"note\":\"Evaluation specification agreed with the Home Office.\"}"),
                    @ExampleObject(name = "start", value = "{\"type\":\"STATUS_CHANGE\",\"status\":\"IN_PROGRESS\",\"note\":\"Work started.\"}"),
                    @ExampleObject(name = "close", value = "{\"type\":\"STATUS_CHANGE\",\"status\":\"IMPLEMENTED\",\"evidence\":\"Evaluation report published.\"}"),
                    @ExampleObject(name = "revise", value = "{\"type\":\"TARGET_DATE_REVISION\",\"targetDate\":\"2021-09-30\",\"reason\":\"Procurement delayed by the pandemic.\"}")}))
            @Valid @NotNull NewUpdate body) {
        return idempotency.execute(idempotencyKey, "POST /v1/recommendations/" + recommendationId + "/updates", body, () -> {
            RecommendationService.CreatedUpdate created = service.addUpdate(recommendationId, ifMatch, body);
            return Response.created(URI.create("/v1/recommendations/" + recommendationId + "/updates/" + created.entry().id()))
                    .header("Recommendation-ETag", ETags.of(created.recommendationVersion()))
                    .entity(created.entry()).build();
        });
    }

    @GET
    @Path("/{recommendationId}/updates")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @Operation(operationId = "listRecommendationUpdates", summary = "A recommendation's timeline, oldest first",
            description = "Every comment, status change and target-date revision, as recorded." + InspectionResource.PAGE_PARAMS_NOTE
                    + " Roles: any.")
    @APIResponse(responseCode = "200", description = "A page of the timeline",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdatePage.class),
                    examples = @ExampleObject(name = "timeline", value = "{\"items\":[" + UPDATE_EXAMPLE + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "404", description = "No such recommendation")
    public Response timeline(
            @Parameter(description = "Recommendation id") @PathParam("recommendationId") UUID recommendationId,
            @Parameter(description = "Opaque cursor from nextCursor", schema = @Schema(type = SchemaType.STRING, maxLength = 500)) @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
            @QueryParam("limit") String limit) {
        UpdatePage page = service.timeline(recommendationId, cursor, Params.limit(limit));
        return Paging.ok(page, uri, page.nextCursor());
    }

    @GET
    @Path("/{recommendationId}/updates/{updateId}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @Operation(operationId = "getRecommendationUpdate", summary = "One timeline entry", description = "Roles: any.")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateView.class),
                    examples = @ExampleObject(name = "revision", value = UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such entry on this recommendation")
    public UpdateView update(
            @Parameter(description = "Recommendation id") @PathParam("recommendationId") UUID recommendationId,
            @Parameter(description = "Timeline entry id") @PathParam("updateId") UUID updateId) {
        return service.update(recommendationId, updateId);
    }
}
