package org.iom.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.Idempotency;
import org.iom.common.MergePatch;
import org.iom.common.Paging;
import org.iom.common.csv.CsvWriter;
import org.iom.inspection.FindingViews.FindingList;
import org.iom.inspection.InspectionViews.InspectionPage;
import org.iom.inspection.InspectionViews.InspectionPatchBody;
import org.iom.inspection.InspectionViews.InspectionView;
import org.iom.inspection.InspectionViews.NewInspection;
import org.iom.inspection.RecommendationViews.NewRecommendation;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.iom.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** Inspection reports, and adding recommendations to them. Operation docs: {@code openapi/inspections.yaml}. */
@Path("/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections", description = "Inspection reports of every inspectorate, one register")
public class InspectionResource {

    @Inject InspectionService service;
    @Inject RecommendationService recommendations;
    @Inject FindingService findings;
    @Inject Idempotency idempotency;
    @Context UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = InspectionView.class)))
    public Response createInspection(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull NewInspection body) {
        return idempotency.execute(idempotencyKey, "POST /v1/inspections", body,
                () -> service.create(body).created("/v1/inspections", InspectionView::id));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    public RestResponse<InspectionPage> listInspections(@Valid @BeanParam InspectionFilter query) {
        return Paging.page(service.list(query), uri);
    }

    @GET
    @Path("/{inspectionId}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InspectionView.class)))
    public Response getInspection(@PathParam("inspectionId") UUID inspectionId) {
        return service.get(inspectionId).ok();
    }

    @GET
    @Path("/{inspectionId}/findings")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FindingList.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    maxLength = LiveFigureResource.CSV_MAX))})
    public FindingList listInspectionFindings(@PathParam("inspectionId") UUID inspectionId) {
        return findings.findings(inspectionId);
    }

    @PATCH
    @Path("/{inspectionId}")
    @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InspectionView.class)))
    public Response updateInspection(@PathParam("inspectionId") UUID inspectionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = InspectionPatchBody.class))) JsonNode body) {
        return service.patch(inspectionId, ifMatch, body).ok();
    }

    @POST
    @Path("/{inspectionId}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    public Response addRecommendation(@PathParam("inspectionId") UUID inspectionId,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull NewRecommendation body) {
        String operation = "POST /v1/inspections/" + inspectionId + "/recommendations";
        return idempotency.execute(idempotencyKey, operation, body,
                () -> recommendations.add(inspectionId, body).created("/v1/recommendations", RecommendationView::id));
    }
}
