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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(operationId = "listRetentionDue", summary = "List exited cases due for retention review")
    public RestResponse<RetentionDuePage> due(@Valid @BeanParam RetentionDueQuery query) {
        RetentionDuePage due = retention.due(query);
        return Paging.page(due, uri, due.nextCursor());
    }

    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startErasureJob", summary = "Erase many reviewed cases as one job")
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ErasureJobView.class)))
    public Response start(@HeaderParam(RequestHeadersFilter.ACCESS_REASON) String reason,
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
    @Operation(operationId = "getErasureJob", summary = "Get a bulk erasure job's progress")
    public ErasureJobView job(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("jobId") UUID jobId) {
        return erasures.get(jobId);
    }
}
