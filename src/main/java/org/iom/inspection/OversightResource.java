package org.iom.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.inspection.InspectionViews.OversightSummary;
import org.iom.security.Roles;

/** The national oversight group's view of the register. */
@Path("/v1/oversight")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Oversight", description = "Summaries of the recommendation register for the national oversight group")
public class OversightResource {

    static final String COUNTS = """
            {"byStatus":{"total":3,"open":1,"inProgress":1,"implemented":1,"partlyImplemented":0,"notImplemented":0,"superseded":0,"withdrawn":0},\
            "overdue":1,"dueIn30Days":0,"dueIn90Days":1,"lateResponses":1,"stale":1,"red":1,"amber":0,"green":1}""";

    @Inject
    OversightService service;

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @Operation(operationId = "getOversightSummary", summary = "Counts for the oversight group",
            description = "Counts by status x addressee, overdue, due in the next 30 and 90 days, late responses,"
                    + " stale (not closed, no update for 90 days or more) and RAG, in total and per inspection, for"
                    + " today's UK date. Optional filters narrow the recommendations counted; with no filter other than"
                    + " inspectionId, inspections without recommendations are listed too (with zeros). Roles: any.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OversightSummary.class),
                    examples = @ExampleObject(name = "summary", value = "{\"asOf\":\"2026-11-25\",\"totals\":" + COUNTS
                            + ",\"byAddressee\":[{\"addressee\":\"Ministry of Justice\",\"byStatus\":{\"total\":1,\"open\":0,"
                            + "\"inProgress\":1,\"implemented\":0,\"partlyImplemented\":0,\"notImplemented\":0,\"superseded\":0,"
                            + "\"withdrawn\":0}}],\"inspections\":[{\"inspectionId\":\"01936f4e-5a1b-7c3d-8e9f-0a1b2c3d4e5f\","
                            + "\"title\":\"Integrated Offender Management: a joint thematic inspection\",\"publishedOn\":\"2020-02-01\","
                            + "\"counts\":" + COUNTS + "}]}")))
    public OversightSummary summary(
            @Parameter(description = "Only this inspection", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("inspectionId") String inspectionId,
            @Parameter(description = "Only recommendations addressed to this organisation (case-insensitive, whole name)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "HMPPS")
            @QueryParam("addressee") String addressee,
            @Parameter(description = "Only this theme (case-insensitive)", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @QueryParam("theme") String theme,
            @Parameter(description = "Only this priority", schema = @Schema(implementation = Priority.class)) @QueryParam("priority") String priority,
            @Parameter(description = "Only this kind", schema = @Schema(implementation = RecommendationKind.class)) @QueryParam("kind") String kind) {
        return service.summary(new RegisterQuery.Filter(null, Params.text("addressee", addressee, 200), null,
                Params.uuid("inspectionId", inspectionId), Params.text("theme", theme, 100),
                Params.enumOf("priority", priority, Priority.class), Params.enumOf("kind", kind, RecommendationKind.class),
                null, null, null, null));
    }
}
