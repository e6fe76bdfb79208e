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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.ETags;
import org.iom.common.Idempotency;
import org.iom.common.MergePatch;
import org.iom.common.Paging;
import org.iom.common.csv.CsvWriter;
import org.iom.inspection.ActionViews.ActionPage;
import org.iom.inspection.ActionViews.ActionView;
import org.iom.inspection.RecommendationViews.NewResponse;
import org.iom.inspection.RecommendationViews.RecommendationPage;
import org.iom.inspection.RecommendationViews.RecommendationPatchBody;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.iom.inspection.TimelineViews.NewUpdate;
import org.iom.inspection.TimelineViews.UpdatePage;
import org.iom.inspection.TimelineViews.UpdateView;
import org.iom.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The recommendation register: query (JSON or CSV), edit text, responses and the progress timeline. Operation docs:
 * {@code openapi/recommendations.yaml}.
 */
@Path("/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "The register of inspection recommendations, their responses and timelines")
public class RecommendationResource {

    @Inject RegisterService register;
    @Inject RecommendationService recommendations;
    @Inject ResponseService responses;
    @Inject TimelineService timeline;
    @Inject ActionService actions;
    @Inject Idempotency idempotency;
    @Context UriInfo uri;
    @Context HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationPage.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV)})
    public Response listRecommendations(@Valid @BeanParam RecommendationFilter query) {
        if (wantsCsv()) {
            return register.csv(query).attachment();
        }
        RecommendationPage page = register.list(query);
        return Paging.withNextLink(Response.ok(page, MediaType.APPLICATION_JSON_TYPE), uri, page.nextCursor()).build();
    }

    /** CSV only when Accept prefers it; JSON for wildcards and when nothing is said. */
    private boolean wantsCsv() {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType() || m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if ("text".equals(m.getType()) && "csv".equals(m.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    @GET
    @Path("/{recommendationId}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    public Response getRecommendation(@PathParam("recommendationId") UUID recommendationId) {
        return register.get(recommendationId).ok();
    }

    @PATCH
    @Path("/{recommendationId}")
    @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    public Response updateRecommendation(@PathParam("recommendationId") UUID recommendationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = RecommendationPatchBody.class))) JsonNode body) {
        return recommendations.patch(recommendationId, ifMatch, body).ok();
    }

    @PUT
    @Path("/{recommendationId}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    public Response recordRecommendationResponse(@PathParam("recommendationId") UUID recommendationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull NewResponse body) {
        String operation = "PUT /v1/recommendations/" + recommendationId + "/response";
        return idempotency.execute(idempotencyKey, operation, body,
                () -> responses.respond(recommendationId, ifMatch, body).ok());
    }

    @POST
    @Path("/{recommendationId}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN})
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = UpdateView.class)))
    public Response addRecommendationUpdate(@PathParam("recommendationId") UUID recommendationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull NewUpdate body) {
        String operation = "POST /v1/recommendations/" + recommendationId + "/updates";
        return idempotency.execute(idempotencyKey, operation, body, () -> {
            TimelineService.CreatedUpdate created = timeline.add(recommendationId, ifMatch, body);
            return Response.created(URI.create("/v1/recommendations/" + recommendationId + "/updates/"
                            + created.entry().id()))
                    .header("Recommendation-ETag", ETags.of(created.recommendationVersion()))
                    .entity(created.entry()).build();
        });
    }

    @GET
    @Path("/{recommendationId}/updates")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    public RestResponse<UpdatePage> listRecommendationUpdates(@PathParam("recommendationId") UUID recommendationId,
            @Valid @BeanParam TimelinePaging query) {
        return Paging.page(timeline.timeline(recommendationId, query), uri);
    }

    @GET
    @Path("/{recommendationId}/actions")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    public RestResponse<ActionPage> listRecommendationActions(@PathParam("recommendationId") UUID recommendationId,
            @Valid @BeanParam TimelinePaging query) {
        return Paging.page(actions.page(recommendationId, query), uri);
    }

    @GET
    @Path("/{recommendationId}/actions/{actionId}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    public ActionView getRecommendationAction(@PathParam("recommendationId") UUID recommendationId,
            @PathParam("actionId") UUID actionId) {
        return actions.get(recommendationId, actionId);
    }

    @GET
    @Path("/{recommendationId}/updates/{updateId}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    public UpdateView getRecommendationUpdate(@PathParam("recommendationId") UUID recommendationId,
            @PathParam("updateId") UUID updateId) {
        return timeline.entry(recommendationId, updateId);
    }
}
