package org.iom.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
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
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.common.QueryParams;
import org.iom.security.Roles;

/** Bulk import of cases (a force migrating its IOM list): a CSV or NDJSON file for one scheme, all rows or none. */
@Path("/v1/case-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case imports", description = "Bulk import of cases onto a scheme from CSV or NDJSON: all rows or none")
public class CaseImportResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    private static final String REPORT_EXAMPLE = """
            {"id":"0193a6c9-2a3b-7c4d-8e5f-6a7b8c9d0e1f","schemeId":"0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c","format":"CSV",\
            "status":"COMPLETED","rowsRead":2,"imported":2,"rejectedCount":0,"rejectedTruncated":false,"rejected":[],\
            "startedAt":"2026-11-25T23:40:00Z","finishedAt":"2026-11-25T23:40:01Z"}""";

    static final String IMPORT_IDEMPOTENCY_DESCRIPTION = "Makes a retry of a lost answer safe: the same key with the same "
            + "scheme and file answers again what the first import answered (201 with its report, or its 422), with "
            + "Idempotent-Replayed: true, and imports nothing. While the first import still runs, or when it was of "
            + "another scheme or file: 409, conflictingId naming it (this operation's 422 is the import report). A key "
            + "whose import FAILED may be used again. "
            + "Keys are per caller; 1 to 200 visible ASCII characters.";

    @Inject
    CaseImportService service;

    @POST
    @Consumes({CSV, NDJSON})
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Operation(operationId = "importCases", summary = "Import cases onto a scheme (bulk selection)",
            description = "Selects many people onto one scheme from a file, streamed (never held in memory): text/csv "
                    + "(RFC 4180, UTF-8, a header row naming the columns: the JSON fields of selectCase without "
                    + "schemeId, in any order; crn, cohort, selectedOn, selectionReason, riskOfSeriousHarm, leadAgency "
                    + "and rag are required columns, an empty cell is null) or application/x-ndjson (one JSON object "
                    + "per line, as the body of selectCase; a schemeId, if given, must be the query's). Every row is "
                    + "checked with the rules of selectCase, including one active case per person (against the "
                    + "scheme's cases and the earlier rows of the file). All or nothing: if any row is rejected, none "
                    + "is imported and the answer is a 422 listing every rejected row (line, field, message; at most "
                    + CaseImportService.MAX_REPORTED + ", rejectedCount counts all). The CSV header is line 1. Up to "
                    + "1 GiB by default (413 above). Progress: GET /v1/case-imports/{importId} while it runs. "
                    + "Roles: iom-admin, iom-practitioner (onto their own schemes only, else 403). Each case created "
                    + "is logged (COLLECTION) in the DPA 2018 s62 access log.")
    @Parameter(name = "X-Access-Reason", in = ParameterIn.HEADER,
            description = CaseApi.REASON_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    @Parameter(name = "X-Request-Id", in = ParameterIn.HEADER,
            description = CaseApi.REQUEST_ID_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 1_073_741_824),
                    examples = @ExampleObject(name = "csv", value = """
                            crn,pncId,cohort,selectedOn,selectionReason,riskOfSeriousHarm,predictorScore,leadAgency,policeLead,probationLead,rag,nextReviewOn
                            X123456,2012/0123456Y,FIXED,2026-09-01,BURGLARY,HIGH,72,JOINT,PC 1234 Patel,J. Okafor,AMBER,2026-12-01
                            Y654321,,FLEX,2026-09-02,ROBBERY,MEDIUM,,POLICE,,,GREEN,
                            """)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, maxLength = 1_073_741_824),
                    // A JSON string literal, so that the document shows the lines as text, not as one parsed object.
                    examples = @ExampleObject(name = "ndjson", value = "\"{\\\"crn\\\":\\\"X123456\\\",\\\"cohort\\\":"
                            + "\\\"FIXED\\\",\\\"selectedOn\\\":\\\"2026-09-01\\\",\\\"selectionReason\\\":\\\"BURGLARY\\\","
                            + "\\\"riskOfSeriousHarm\\\":\\\"HIGH\\\",\\\"leadAgency\\\":\\\"JOINT\\\",\\\"rag\\\":\\\"AMBER\\\"}\\n"
                            + "{\\\"crn\\\":\\\"Y654321\\\",\\\"cohort\\\":\\\"FLEX\\\",\\\"selectedOn\\\":\\\"2026-09-02\\\","
                            + "\\\"selectionReason\\\":\\\"ROBBERY\\\",\\\"riskOfSeriousHarm\\\":\\\"MEDIUM\\\","
                            + "\\\"leadAgency\\\":\\\"POLICE\\\",\\\"rag\\\":\\\"GREEN\\\"}\\n\""))})
    @APIResponse(responseCode = "201", description = "Every row was imported; Location names the import's report",
            headers = {@Header(name = "Location", description = "URL of the import's report",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2000)),
                    @Header(name = Idempotency.REPLAYED_HEADER, description = "true when this answers again an "
                            + "earlier import with the same Idempotency-Key (nothing was imported this time)",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseImportReport.class),
                    examples = @ExampleObject(name = "completed", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The scheme is CLOSED; or the Idempotency-Key belongs to another "
            + "import, named by conflictingId: one still running (Retry-After says when to ask again), or one of "
            + "another scheme or file (use a new key)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before sending the same import "
                    + "again (only while an import with the same Idempotency-Key runs)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "3600")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "closed", value = """
                            {"type":"https://iom.service.justice.gov.uk/problems/conflict","title":"Conflict","status":409,\
                            "detail":"Scheme WMP-BHAM is CLOSED: it takes no new selections.","instance":"/v1/case-imports"}""")))
    @APIResponse(responseCode = "422", description = "At least one row was rejected: nothing was imported; the problem "
            + "lists every rejected row (Idempotent-Replayed: true when it answers again an earlier import with the same "
            + "Idempotency-Key)",
            headers = @Header(name = Idempotency.REPLAYED_HEADER, description = "true when this answers again an "
                    + "earlier import with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING,
                    enumeration = "true")),
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = CaseImportRejected.class),
                    examples = @ExampleObject(name = "rejected", value = """
                            {"type":"https://iom.service.justice.gov.uk/problems/import-rejected","title":"Import rejected",\
                            "status":422,"detail":"2 of 3 rows were rejected (2 problems): nothing was imported.",\
                            "instance":"/v1/case-imports","importId":"0193a6c9-2a3b-7c4d-8e5f-6a7b8c9d0e1f","rowsRead":3,\
                            "imported":0,"rejectedCount":2,"rejectedTruncated":false,"rejected":[\
                            {"line":2,"field":"pncId","message":"check letter does not match the number (expected Y)"},\
                            {"line":4,"field":"crn","message":"this person (X123456) is on an earlier line of this file: a person has at most one active case on a scheme"}]}""")))
    public Response importCases(
            @Parameter(description = "The scheme every row is imported onto", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @QueryParam("schemeId") String schemeId,
            @Parameter(description = IMPORT_IDEMPOTENCY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context UriInfo uri,
            InputStream body) {
        UUID scheme = QueryParams.uuid("schemeId", schemeId);
        if (scheme == null) {
            throw ProblemException.invalid("schemeId", "required: the scheme to import the cases onto");
        }
        CaseImportService.Answer answer = service.importCases(scheme, format(contentType), body, idempotencyKey);
        CaseImportReport report = answer.report();
        Response.ResponseBuilder created = Response.created(uri.getBaseUriBuilder().path("v1/case-imports/{id}")
                .build(report.id())).entity(report);
        if (answer.replayed()) {
            created.header(Idempotency.REPLAYED_HEADER, "true");
        }
        return created.build();
    }

    @GET
    @Path("/{importId}")
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER})
    @Operation(operationId = "getCaseImport", summary = "Get an import's progress or report",
            description = "While the import runs: status RUNNING and rowsRead so far (updated about once a second, "
                    + "visible from every instance of the service). Then COMPLETED, REJECTED (with the rejected rows) "
                    + "or FAILED; an import whose instance stopped mid-way is reported FAILED (nothing imported) "
                    + "once its transaction is gone and it has not moved for 10 seconds. Roles: iom-admin, "
                    + "iom-practitioner (imports onto their own schemes only; others are 404).")
    @APIResponse(responseCode = "200", description = "The import's progress or report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseImportReport.class),
                    examples = @ExampleObject(name = "completed", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such import, or not onto one of the caller's schemes")
    public CaseImportReport get(
            @Parameter(description = "Import id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("importId") String importId) {
        return service.get(QueryParams.requiredUuid("importId", importId));
    }

    /** The file format from the Content-Type (JAX-RS already refused other types with 415); only UTF-8 text. */
    static CaseImportFormat format(String contentType) {
        MediaType type = MediaType.valueOf(contentType);
        boolean csv = type.getSubtype().equalsIgnoreCase("csv");
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        // JSON text is UTF-8 whatever the label says (RFC 8259); a CSV labelled with another charset would be misread.
        if (csv && charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "CSV import files must be UTF-8 (charset="
                    + charset + " is not supported).");
        }
        return csv ? CaseImportFormat.CSV : CaseImportFormat.NDJSON;
    }
}
