package org.iom.caseload;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.regex.Pattern;
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
import org.iom.audit.RequestHeadersFilter;
import org.iom.common.Idempotency;
import org.iom.common.ProblemException;
import org.iom.common.MergePatch;
import org.iom.common.Paging;
import org.iom.common.Problem;
import org.iom.common.QueryParams;
import org.iom.scheme.Cohort;
import org.iom.security.Roles;

/** Cases: selection onto a scheme, reading, listing, changing and exit. */
@Path("/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "People selected onto IOM schemes: selection, risk, RAG status, exit")
public class CaseResource {

    private static final Pattern CRN = Pattern.compile(NewCase.CRN_PATTERN);
    private static final Pattern FORCE = Pattern.compile("^[a-z-]{1,40}$");
    private static final Pattern REGION = Pattern.compile("^N[0-9]{2}$");

    @Inject
    CaseService service;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Operation(operationId = "selectCase", summary = "Select a person onto a scheme (create a case)",
            description = "Adopts a person (CRN) onto a scheme. A person has at most one ACTIVE case per scheme: a second "
                    + "is a 409 whose conflictingId names the existing case; after an exit they may be selected again "
                    + "(a new case, selected no earlier than the previous exit). The scheme must be ACTIVE and run the "
                    + "cohort. Roles: iom-admin, iom-practitioner (onto their own schemes only, else 403)."
                    + " Logged (COLLECTION) in the DPA 2018 s62 access log.")
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER,
            description = CaseApi.REASON_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER,
            description = CaseApi.REQUEST_ID_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewCase.class),
            examples = @ExampleObject(name = "selection", value = """
                    {"schemeId":"0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c","crn":"X123456","pncId":"2012/0123456Y",\
                    "cohort":"FIXED","selectedOn":"2026-09-01","selectionReason":"BURGLARY","riskOfSeriousHarm":"HIGH",\
                    "predictorScore":72,"leadAgency":"JOINT","policeLead":"PC 1234 Patel","probationLead":"J. Okafor",\
                    "rag":"AMBER","nextReviewOn":"2026-12-01"}""")))
    @APIResponse(responseCode = "201", description = "Selected; Location names the new case",
            headers = {@Header(name = "Location", description = "URL of the new case", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Entity tag for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "case", value = CaseApi.CASE_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The person already has an active case on this scheme "
            + "(conflictingId names it), or the scheme is CLOSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already-active", value = """
                            {"type":"https://iom.service.justice.gov.uk/problems/conflict","title":"Conflict","status":409,\
                            "detail":"This person (X123456) already has an active case on scheme WMP-BHAM: 0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f. Exit it before selecting them again.",\
                            "instance":"/v1/cases","conflictingId":"0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f"}""")))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another request body")
    public Response select(
            @Parameter(description = CaseApi.IDEMPOTENCY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @NotNull @Valid NewCase body) {
        return idempotency.execute(idempotencyKey, "POST /v1/cases", body, () -> {
            CaseView created = service.select(body);
            return CaseApi.withETag(Response.created(uri.getBaseUriBuilder().path("v1/cases/{id}").build(created.id())),
                    created.version()).entity(created).build();
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Operation(operationId = "listCases", summary = "List cases",
            description = "Cases matching every filter given, in a stable order (by id: UUID v7, so by creation), in "
                    + "pages (cursor paging): a case added while a client pages never makes another appear twice or "
                    + "go missing. Roles: iom-admin, iom-oversight, iom-practitioner." + CaseApi.SCOPE
                    + " Every case returned is logged (CONSULTATION).")
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER,
            description = CaseApi.REASON_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER,
            description = CaseApi.REQUEST_ID_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @APIResponse(responseCode = "200", description = "A page of cases",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page (rel=\"next\"), when there is one",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CasePage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\":[" + CaseApi.CASE_EXAMPLE
                            + "],\"nextCursor\":\"WyIwMTkzYTZjNS0xYjJjLTdkM2UtOGY0MC01YTZiN2M4ZDllMGYiXQ\",\"total\":null}")))
    public Response list(
            @Parameter(description = "Only cases of this scheme", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @QueryParam("schemeId") String schemeId,
            @Parameter(description = "Only cases of schemes of this police force", example = "west-midlands",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^[a-z-]{1,40}$")) @QueryParam("policeForceId") String policeForceId,
            @Parameter(description = "Only cases of schemes of this probation region", example = "N52",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 3, pattern = "^N[0-9]{2}$")) @QueryParam("probationRegionCode") String probationRegionCode,
            @Parameter(description = "Only cases of this cohort", schema = @Schema(implementation = Cohort.class)) @QueryParam("cohort") String cohort,
            @Parameter(description = "Only cases with this status", schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only cases with this risk of serious harm", schema = @Schema(implementation = RiskLevel.class)) @QueryParam("riskOfSeriousHarm") String risk,
            @Parameter(description = "Only cases with this RAG rating", schema = @Schema(implementation = Rag.class)) @QueryParam("rag") String rag,
            @Parameter(description = "Selected on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("selectedFrom") String selectedFrom,
            @Parameter(description = "Selected on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("selectedTo") String selectedTo,
            @Parameter(description = "true: ACTIVE cases whose nextReviewOn is before today; false: all others",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("reviewOverdue") String reviewOverdue,
            @Parameter(description = "Only cases of this person", example = "X123456",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = NewCase.CRN_PATTERN)) @QueryParam("crn") String crn,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "200", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the previous page's nextCursor", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Also count every matching case (total)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("includeTotal") String includeTotal,
            @Context UriInfo uri) {
        CaseFilter filter = new CaseFilter(
                QueryParams.uuid("schemeId", schemeId),
                QueryParams.matching("policeForceId", policeForceId, FORCE, "must be a police force id like west-midlands"),
                QueryParams.matching("probationRegionCode", probationRegionCode, REGION, "must be a probation region code like N52"),
                QueryParams.enumValue("cohort", cohort, Cohort.class),
                QueryParams.enumValue("status", status, CaseStatus.class),
                QueryParams.enumValue("riskOfSeriousHarm", risk, RiskLevel.class),
                QueryParams.enumValue("rag", rag, Rag.class),
                QueryParams.date("selectedFrom", selectedFrom),
                QueryParams.date("selectedTo", selectedTo),
                QueryParams.bool("reviewOverdue", reviewOverdue),
                QueryParams.matching("crn", crn, CRN, "must be one letter followed by six digits, e.g. X123456"));
        CasePage page = service.list(filter, QueryParams.limit(limit), cursor,
                Boolean.TRUE.equals(QueryParams.bool("includeTotal", includeTotal)));
        return Paging.ok(page, uri, page.nextCursor());
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.OVERSIGHT})
    @Operation(operationId = "getCase", summary = "Get a case",
            description = "Roles: iom-admin, iom-oversight, iom-practitioner." + CaseApi.SCOPE)
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER,
            description = CaseApi.REASON_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER,
            description = CaseApi.REQUEST_ID_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @APIResponse(responseCode = "200", description = "The case",
            headers = @Header(name = "ETag", description = "Entity tag for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "case", value = CaseApi.CASE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such case, or not one of the caller's schemes")
    public Response get(
            @Parameter(description = "Case id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("caseId") String caseId) {
        CaseView view = service.get(CaseApi.caseId(caseId));
        return CaseApi.withETag(Response.ok(view), view.version()).build();
    }

    @PATCH
    @Path("/{caseId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Operation(operationId = "updateCase", summary = "Change a case",
            description = "JSON merge patch (RFC 7396, as application/merge-patch+json or application/json): only the "
                    + "fields given change, null clears an optional field; the result is validated as on selection. "
                    + "id, schemeId, crn, status, exitedOn and exitReason cannot be changed (400 naming them). Needs "
                    + "If-Match. An exited case is read-only (409). Roles: iom-admin, iom-practitioner." + CaseApi.SCOPE)
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER,
            description = CaseApi.REASON_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER,
            description = CaseApi.REQUEST_ID_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CasePatch.class),
            examples = @ExampleObject(name = "rag", value = """
                    {"rag":"RED","nextReviewOn":"2026-12-01","policeLead":null}""")))
    @APIResponse(responseCode = "200", description = "The changed case",
            headers = @Header(name = "ETag", description = "The new entity tag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "case", value = CaseApi.CASE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such case, or not one of the caller's schemes")
    @APIResponse(responseCode = "409", description = "The case has exited: it is read-only except for outcome reviews")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag: fetch the case again")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another request body")
    @APIResponse(responseCode = "428", description = "If-Match is missing, or is * or a list instead of the one ETag last read")
    public Response update(
            @Parameter(description = "Case id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("caseId") String caseId,
            @Parameter(description = CaseApi.IF_MATCH_DESCRIPTION, required = true, example = "\"3\"",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 30)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = CaseApi.IDEMPOTENCY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull JsonNode body) {
        UUID id = CaseApi.caseId(caseId);
        return idempotency.execute(idempotencyKey, "PATCH /v1/cases/" + id, body, () -> {
            CaseView view = service.patch(id, body, ifMatch);
            return CaseApi.withETag(Response.ok(view), view.version()).build();
        });
    }

    @POST
    @Path("/{caseId}/exit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Operation(operationId = "exitCase", summary = "Exit (de-select) a case",
            description = "Ends the case: the exit date is not before the selection and not in the future. Needs "
                    + "If-Match. Afterwards the case is read-only except for outcome reviews; the person may be "
                    + "selected again later (a new case). Roles: iom-admin, iom-practitioner." + CaseApi.SCOPE)
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER,
            description = CaseApi.REASON_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER,
            description = CaseApi.REQUEST_ID_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExitRequest.class),
            examples = @ExampleObject(name = "exit", value = """
                    {"exitedOn":"2026-11-20","reason":"RISK_REDUCED"}""")))
    @APIResponse(responseCode = "200", description = "The exited case",
            headers = @Header(name = "ETag", description = "The new entity tag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "exited", value = """
                            {"id":"0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f","schemeId":"0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c",\
                            "schemeCode":"WMP-BHAM","crn":"X123456","pncId":null,"cohort":"FIXED","selectedOn":"2026-09-01",\
                            "selectionReason":"BURGLARY","riskOfSeriousHarm":"MEDIUM","predictorScore":40,"leadAgency":"POLICE",\
                            "policeLead":null,"probationLead":null,"rag":"GREEN","nextReviewOn":null,"reviewOverdue":false,\
                            "status":"EXITED","exitedOn":"2026-11-20","exitReason":"RISK_REDUCED",\
                            "createdAt":"2026-09-01T10:00:00Z","updatedAt":"2026-11-25T13:58:07Z"}""")))
    @APIResponse(responseCode = "404", description = "No such case, or not one of the caller's schemes")
    @APIResponse(responseCode = "409", description = "The case has already exited")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag: fetch the case again")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another request body")
    @APIResponse(responseCode = "428", description = "If-Match is missing, or is * or a list instead of the one ETag last read")
    public Response exit(
            @Parameter(description = "Case id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("caseId") String caseId,
            @Parameter(description = CaseApi.IF_MATCH_DESCRIPTION, required = true, example = "\"3\"",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 30)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = CaseApi.IDEMPOTENCY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid ExitRequest body) {
        UUID id = CaseApi.caseId(caseId);
        return idempotency.execute(idempotencyKey, "POST /v1/cases/" + id + "/exit", body, () -> {
            CaseView view = service.exit(id, body, ifMatch);
            return CaseApi.withETag(Response.ok(view), view.version()).build();
        });
    }

    @DELETE
    @Path("/{caseId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "eraseCase", summary = "Erase a case's personal data",
            description = "Erasure (DPA 2018 s47): removes the CRN, PNC id, named police and probation leads and the "
                    + "free-text notes of its outcome reviews. The anonymised case, its needs levels and review "
                    + "outcomes stay so that aggregate statistics do not change (ADR 0020). Afterwards the case is 404 "
                    + "for everyone (as if it never existed); the access log keeps every entry for the case id, and "
                    + "this one (ERASURE, with the reason). Only an EXITED case can be erased (409 otherwise: exit it "
                    + "first). Needs If-Match and a reason in the X-Access-Reason header (400 without one). "
                    + "Roles: iom-admin.")
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER,
            description = CaseApi.REQUEST_ID_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @APIResponse(responseCode = "204", description = "Erased; the case is now 404")
    @APIResponse(responseCode = "404", description = "No such case, or already erased")
    @APIResponse(responseCode = "409", description = "The case is ACTIVE: exit it first")
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag: fetch the case again")
    @APIResponse(responseCode = "428", description = "If-Match is missing, or is * or a list instead of the one ETag last read")
    public Response erase(
            @Parameter(description = "Case id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("caseId") String caseId,
            @Parameter(description = CaseApi.IF_MATCH_DESCRIPTION, required = true, example = "\"4\"",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 30)) @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Required: why the personal data is erased (for example the erasure request's "
                    + "reference), recorded in the access log; 1 to 500 characters", required = true,
                    example = "Erasure request ER-2026-0113 upheld", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 500))
            @HeaderParam(RequestHeadersFilter.ACCESS_REASON) String reason) {
        UUID id = CaseApi.caseId(caseId);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid(RequestHeadersFilter.ACCESS_REASON, "required: why this case's personal "
                    + "data is erased");
        }
        service.erase(id, ifMatch);
        return Response.noContent().build();
    }
}
