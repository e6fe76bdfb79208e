package org.iom.caseload;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.audit.RequestHeadersFilter;
import org.iom.common.ETags;
import org.iom.common.Idempotency;
import org.iom.security.Roles;

/**
 * A case's criminogenic needs: the current assessment and the history. Operation docs: {@code openapi/cases.yaml}.
 * The {@code @Parameter} lines are explained on {@link CaseResource}.
 */
@Path("/v1/cases/{caseId}/needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs assessments", description = "Criminogenic needs of a case by need area: the service-user need data for commissioning")
public class NeedsResource {

    @Inject NeedsService service;
    @Inject Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseNeeds.class)))
    public Response getCaseNeeds(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId) {
        CaseNeeds needs = service.get(caseId);
        return ETags.ok(needs, needs.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseNeeds.class)))
    public Response recordCaseNeeds(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid NewNeedsAssessment body) {
        return idempotency.execute(idempotencyKey, "PUT /v1/cases/" + caseId + "/needs", body, r -> caseId,
                () -> {
            CaseNeeds needs = service.record(caseId, body, ifMatch);
            return ETags.ok(needs, needs.version());
        });
    }
}
