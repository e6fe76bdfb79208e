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
import org.iom.common.Paging;
import org.iom.common.ProblemException;
import org.iom.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Retention review (ADR 0036): the exited cases due for review, and bulk erasure of the cases decided ERASE as a job.
 * A decision on one case: {@link RetentionReviewResource}. Operation docs: {@code openapi/retention.yaml}.
 */
@Path("/v1/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Retention review of exited cases and bulk erasure of those decided ERASE")
@RolesAllowed(Roles.ADMIN)
public class RetentionResource {

    @Inject RetentionService retention;
    @Inject ErasureJobService erasures;
    @Context UriInfo uri;

    @GET
    @Path("/due")
    public RestResponse<RetentionDuePage> listRetentionDue(@Valid @BeanParam RetentionDueQuery query) {
        return Paging.page(retention.due(query), uri);
    }

    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ErasureJobView.class)))
    public Response startErasureJob(@HeaderParam(RequestHeadersFilter.ACCESS_REASON) String reason,
            @NotNull @Valid NewErasureJob body) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid(RequestHeadersFilter.ACCESS_REASON, "required: why these cases' personal "
                    + "data is erased");
        }
        ErasureJobView job = erasures.start(body, reason);
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("v1/retention/erasures/{id}").build(job.id())).build();
    }

    @GET
    @Path("/erasures/{jobId}")
    public ErasureJobView getErasureJob(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("jobId") UUID jobId) {
        return erasures.get(jobId);
    }
}
