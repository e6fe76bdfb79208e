package org.iom.caseload;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.iom.security.Roles;

/** A case's criminogenic needs: the current assessment and the history. */
@Path("/v1/cases/{caseId}/needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs assessments", description = "Criminogenic needs of a case by need area: the service-user need data for commissioning")
public class NeedsResource {

    static final String NEEDS_EXAMPLE = """
            {"ACCOMMODATION":"SEVERE","EDUCATION_TRAINING_AND_EMPLOYABILITY":"STANDARD",\
            "FINANCIAL_MANAGEMENT_AND_INCOME":"STANDARD","RELATIONSHIPS":"NO_NEED","LIFESTYLE_AND_ASSOCIATES":"SEVERE",\
            "DRUG_MISUSE":"SEVERE","ALCOHOL_MISUSE":"NO_NEED","EMOTIONAL_WELL_BEING":"STANDARD",\
            "THINKING_AND_BEHAVIOUR":"STANDARD","ATTITUDES":"NO_NEED"}""";
    static final String CASE_NEEDS_EXAMPLE = "{\"caseId\":\"0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f\",\"current\":"
            + "{\"id\":\"0193a6c6-0a1b-7c2d-9e3f-405162738495\",\"assessedOn\":\"2026-11-20\",\"needs\":" + NEEDS_EXAMPLE
            + ",\"recordedBy\":\"jane.practitioner\",\"recordedAt\":\"2026-11-25T13:58:07Z\"},\"history\":["
            + "{\"id\":\"0193a6c6-0a1b-7c2d-9e3f-405162738495\",\"assessedOn\":\"2026-11-20\",\"needs\":" + NEEDS_EXAMPLE
            + ",\"recordedBy\":\"jane.practitioner\",\"recordedAt\":\"2026-11-25T13:58:07Z\"}]}";

    @Inject
    NeedsService service;

    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Operation(operationId = "getCaseNeeds", summary = "Get a case's needs: the current assessment and the history",
            description = "The ETag counts the assessments recorded; send it as If-Match when recording the next one "
                    + "(\"0\" while there is none). Roles: iom-admin, iom-oversight, iom-practitioner." + CaseApi.SCOPE)
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER, description = CaseApi.REASON_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER, description = CaseApi.REQUEST_ID_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @APIResponse(responseCode = "200", description = "The needs of the case",
            headers = @Header(name = "ETag", description = "Entity tag for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CaseNeeds.class),
                    examples = @ExampleObject(name = "needs", value = CASE_NEEDS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such case, or not one of the caller's schemes")
    public Response get(
            @Parameter(description = "Case id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("caseId") String caseId) {
        CaseNeeds needs = service.get(CaseApi.caseId(caseId));
        return CaseApi.withETag(Response.ok(needs), needs.version()).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Operation(operationId = "recordCaseNeeds", summary = "Record a needs assessment as the case's current one",
            description = "Records a severity for each of the ten need areas (all required); the previous assessments "
                    + "stay in the history. Needs If-Match with the needs ETag (\"0\" for the first). Not on an exited "
                    + "case (409). Roles: iom-admin, iom-practitioner." + CaseApi.SCOPE)
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER, description = CaseApi.REASON_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER, description = CaseApi.REQUEST_ID_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewNeedsAssessment.class),
            examples = @ExampleObject(name = "assessment", value = "{\"assessedOn\":\"2026-11-20\",\"needs\":"
                    + NEEDS_EXAMPLE + "}")))
    @APIResponse(responseCode = "200", description = "The needs of the case, with the new current assessment",
            headers = @Header(name = "ETag", description = "The new entity tag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CaseNeeds.class),
                    examples = @ExampleObject(name = "needs", value = CASE_NEEDS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such case, or not one of the caller's schemes")
    @APIResponse(responseCode = "409", description = "The case has exited: it is read-only except for outcome reviews")
    @APIResponse(responseCode = "412", description = "If-Match is not the current needs ETag: another assessment was recorded")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another request body")
    @APIResponse(responseCode = "428", description = "If-Match is missing, or is * or a list instead of the one ETag last read")
    public Response record(
            @Parameter(description = "Case id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("caseId") String caseId,
            @Parameter(description = CaseApi.IF_MATCH_DESCRIPTION, required = true, example = "\"0\"",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 30)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = CaseApi.IDEMPOTENCY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid NewNeedsAssessment body) {
        UUID id = CaseApi.caseId(caseId);
        return idempotency.execute(idempotencyKey, "PUT /v1/cases/" + id + "/needs", body, () -> {
            CaseNeeds needs = service.record(id, body, ifMatch);
            return CaseApi.withETag(Response.ok(needs), needs.version()).build();
        });
    }
}
