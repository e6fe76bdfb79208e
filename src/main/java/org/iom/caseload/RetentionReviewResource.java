package org.iom.caseload;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.audit.RequestHeadersFilter;
import org.iom.security.Roles;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A retention review decision on one exited case (ADR 0036). Operation docs: {@code openapi/retention.yaml}. */
@Path("/v1/cases/{caseId}/retention-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Retention review of exited cases and bulk erasure of those decided ERASE")
public class RetentionReviewResource {

    @Inject RetentionService retention;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RetentionReviewView.class)))
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    public RetentionReviewView decideRetention(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId,
            @NotNull @Valid NewRetentionReview body) {
        return retention.decide(caseId, body);
    }
}
