package org.iom.caseload;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.audit.RequestHeadersFilter;
import org.iom.common.Idempotency;
import org.iom.common.Paging;
import org.iom.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Outcome reviews of a case: append-only, corrected by superseding. Operation docs: {@code openapi/cases.yaml}.
 * The {@code @Parameter} lines are explained on {@link CaseResource}.
 */
@Path("/v1/cases/{caseId}/outcome-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome reviews", description = "Reoffending outcomes of a case over time: the raw material of impact measurement")
public class OutcomeReviewResource {

    @Inject OutcomeReviewService service;
    @Context UriInfo uri;
    @Inject Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OutcomeReviewView.class)))
    public Response addOutcomeReview(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull @Valid NewOutcomeReview body) {
        return idempotency.execute(idempotencyKey, "POST /v1/cases/" + caseId + "/outcome-reviews", body,
                r -> caseId, () -> {
            OutcomeReviewView review = service.add(caseId, body);
            return Response.created(uri.getBaseUriBuilder().path("v1/cases/{caseId}/outcome-reviews/{reviewId}")
                    .build(caseId, review.id())).entity(review).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    public RestResponse<OutcomeReviewPage> listOutcomeReviews(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId,
            @Valid @BeanParam OutcomeReviewListQuery query) {
        return Paging.page(service.list(caseId, query), uri);
    }

    @GET
    @Path("/{reviewId}")
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    public OutcomeReviewView getOutcomeReview(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId,
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("reviewId") UUID reviewId) {
        return service.get(caseId, reviewId);
    }
}
