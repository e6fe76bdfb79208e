package org.iom.caseload;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.audit.RequestHeadersFilter;
import org.iom.common.ETags;
import org.iom.common.Idempotency;
import org.iom.common.MergePatch;
import org.iom.common.Paging;
import org.iom.common.ProblemException;
import org.iom.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Cases: selection onto a scheme, reading, listing, changing, exit and erasure. Operation docs:
 * {@code openapi/cases.yaml}. The {@code @Parameter} lines only name what the contract lists first (the access-log
 * headers, read by {@link RequestHeadersFilter}) and keep ids documented as plain {@code uuid} strings.
 */
@Path("/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "People selected onto IOM schemes: selection, risk, RAG status, exit")
public class CaseResource {

    @Inject CaseService cases;
    @Inject CaseReadService reads;
    @Context UriInfo uri;
    @Inject Idempotency idempotency;
    @Inject CaseTransferService transfers;
    @Inject CaseHistoryService histories;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response selectCase(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull @Valid NewCase body) {
        return idempotency.execute(idempotencyKey, "POST /v1/cases", body, CaseResource::caseOf,
                () -> created(cases.select(body)));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    public RestResponse<CasePage> listCases(@Valid @BeanParam CaseListQuery query) {
        return Paging.page(reads.list(query), uri);
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response getCase(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId) {
        CaseView view = reads.get(caseId);
        return ETags.ok(view, view.version());
    }

    @PATCH
    @Path("/{caseId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    @RequestBody(content = @Content(schema = @Schema(implementation = CasePatch.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response updateCase(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull JsonNode body) {
        return idempotency.execute(idempotencyKey, "PATCH /v1/cases/" + caseId, body, r -> caseId, () -> {
            CaseView view = cases.patch(caseId, body, ifMatch);
            return ETags.ok(view, view.version());
        });
    }

    @POST
    @Path("/{caseId}/exit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response exitCase(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid ExitRequest body) {
        return idempotency.execute(idempotencyKey, "POST /v1/cases/" + caseId + "/exit", body, r -> caseId, () -> {
            CaseView view = cases.exit(caseId, body, ifMatch);
            return ETags.ok(view, view.version());
        });
    }

    @POST
    @Path("/{caseId}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public Response transferCase(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid TransferRequest body) {
        return idempotency.execute(idempotencyKey, "POST /v1/cases/" + caseId + "/transfer", body,
                CaseResource::caseOf, () -> created(transfers.transfer(caseId, body, ifMatch)));
    }

    @GET
    @Path("/{caseId}/history")
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    public RestResponse<CaseHistoryPage> getCaseHistory(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId,
            @Valid @BeanParam OutcomeReviewListQuery query) {
        return Paging.page(histories.page(caseId, query), uri);
    }

    @DELETE
    @Path("/{caseId}")
    @RolesAllowed(Roles.ADMIN)
    public void eraseCase(
            @Parameter(schema = @Schema(type = STRING, format = "uuid")) @PathParam("caseId") UUID caseId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(RequestHeadersFilter.ACCESS_REASON) String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid(RequestHeadersFilter.ACCESS_REASON, "required: why this case's personal "
                    + "data is erased");
        }
        cases.erase(caseId, ifMatch);
    }

    /** 201 with the new case, its Location and ETag. */
    private Response created(CaseView created) {
        return ETags.created(uri.getBaseUriBuilder().path("v1/cases/{id}").build(created.id()), created,
                created.version());
    }

    /** The case an answer shows (its stored copy is erased with the case). */
    private static UUID caseOf(Response answer) {
        return ((CaseView) answer.getEntity()).id();
    }
}
