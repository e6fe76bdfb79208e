package org.iom.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.Idempotency;
import org.iom.common.Paging;
import org.iom.common.QueryParams;
import org.iom.security.Roles;

/** Outcome reviews of a case: append-only, corrected by superseding. */
@Path("/v1/cases/{caseId}/outcome-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome reviews", description = "Reoffending outcomes of a case over time: the raw material of impact measurement")
public class OutcomeReviewResource {

    static final String REVIEW_EXAMPLE = """
            {"id":"0193a6c7-2b3c-7d4e-8f50-6a7b8c9d0e1f","caseId":"0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f",\
            "reviewedOn":"2026-11-20","periodFrom":"2026-05-01","periodTo":"2026-10-31","frequency":"REDUCED",\
            "seriousness":"STAYED_THE_SAME","provenReoffending":false,"note":"Engaging with drug treatment.",\
            "supersedesReviewId":null,"supersededByReviewId":null,"recordedBy":"jane.practitioner",\
            "recordedAt":"2026-11-25T13:58:07Z"}""";

    @Inject
    OutcomeReviewService service;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Operation(operationId = "addOutcomeReview", summary = "Record an outcome review",
            description = "Reviews are append-only and may be added to exited cases too. To correct a review, record a "
                    + "new one with supersedesReviewId naming it (each review is superseded at most once: 409 naming "
                    + "the review that already superseded it). Roles: iom-admin, iom-practitioner." + CaseApi.SCOPE)
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER, description = CaseApi.REASON_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER, description = CaseApi.REQUEST_ID_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewOutcomeReview.class),
            examples = @ExampleObject(name = "review", value = """
                    {"reviewedOn":"2026-11-20","periodFrom":"2026-05-01","periodTo":"2026-10-31","frequency":"REDUCED",\
                    "seriousness":"STAYED_THE_SAME","provenReoffending":false,"note":"Engaging with drug treatment."}""")))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new review",
            headers = @Header(name = "Location", description = "URL of the new review", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OutcomeReviewView.class),
                    examples = @ExampleObject(name = "review", value = REVIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such case, or not one of the caller's schemes")
    @APIResponse(responseCode = "409", description = "The review named in supersedesReviewId is already superseded "
            + "(conflictingId names the review that superseded it)")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another request body")
    public Response add(
            @Parameter(description = "Case id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("caseId") String caseId,
            @Parameter(description = CaseApi.IDEMPOTENCY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid NewOutcomeReview body) {
        UUID id = CaseApi.caseId(caseId);
        return idempotency.execute(idempotencyKey, "POST /v1/cases/" + id + "/outcome-reviews", body, () -> {
            OutcomeReviewView review = service.add(id, body);
            return Response.created(uri.getBaseUriBuilder().path("v1/cases/{caseId}/outcome-reviews/{reviewId}")
                    .build(id, review.id())).entity(review).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Operation(operationId = "listOutcomeReviews", summary = "List a case's outcome reviews",
            description = "Every review, superseded ones included (supersededByReviewId says so), oldest recorded first, "
                    + "in pages. Roles: iom-admin, iom-oversight, iom-practitioner." + CaseApi.SCOPE)
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER, description = CaseApi.REASON_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER, description = CaseApi.REQUEST_ID_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @APIResponse(responseCode = "200", description = "A page of reviews",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page (rel=\"next\"), when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OutcomeReviewPage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\":[" + REVIEW_EXAMPLE + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "404", description = "No such case, or not one of the caller's schemes")
    public Response list(
            @Parameter(description = "Case id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("caseId") String caseId,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "200", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the previous page's nextCursor", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        OutcomeReviewPage page = service.list(CaseApi.caseId(caseId), QueryParams.limit(limit), cursor);
        return Paging.ok(page, uri, page.nextCursor());
    }

    @GET
    @Path("/{reviewId}")
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Operation(operationId = "getOutcomeReview", summary = "Get one outcome review",
            description = "Roles: iom-admin, iom-oversight, iom-practitioner." + CaseApi.SCOPE)
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER, description = CaseApi.REASON_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER, description = CaseApi.REQUEST_ID_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(schema = @Schema(implementation = OutcomeReviewView.class),
                    examples = @ExampleObject(name = "review", value = REVIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such case or review, or not one of the caller's schemes")
    public OutcomeReviewView get(
            @Parameter(description = "Case id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("caseId") String caseId,
            @Parameter(description = "Review id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("reviewId") String reviewId) {
        return service.get(CaseApi.caseId(caseId), QueryParams.requiredUuid("reviewId", reviewId));
    }
}
