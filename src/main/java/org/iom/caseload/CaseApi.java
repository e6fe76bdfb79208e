package org.iom.caseload;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.iom.common.ETags;
import org.iom.common.QueryParams;

/** Constants and small helpers shared by the case resources (roles, examples, header docs). */
final class CaseApi {

    private CaseApi() {}

    static final String SCOPE = " iom-practitioner only for cases of the schemes in the token's `schemes` claim "
            + "(another scheme's case is a 404). Logged in the DPA 2018 s62 access log.";
    static final String REASON_DESCRIPTION = "Optional reason for the access, recorded in the access log (at most 500 "
            + "characters)";
    static final String REQUEST_ID_DESCRIPTION = "Optional request id (1-100 of A-Z a-z 0-9 . _ : / + = -), recorded "
            + "in the access log and echoed; generated when absent or not of that form";
    static final String IDEMPOTENCY_DESCRIPTION = "Makes a retry safe: the same key and body replay the first answer; "
            + "the same key with another body is 422";
    static final String IF_MATCH_DESCRIPTION = "The ETag the change is based on (missing: 428, stale: 412)";

    static final String CASE_EXAMPLE = """
            {"id":"0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f","schemeId":"0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c",\
            "schemeCode":"WMP-BHAM","crn":"X123456","pncId":"2012/0123456Y","cohort":"FIXED","selectedOn":"2026-09-01",\
            "selectionReason":"BURGLARY","riskOfSeriousHarm":"HIGH","predictorScore":72,"leadAgency":"JOINT",\
            "policeLead":"PC 1234 Patel","probationLead":"J. Okafor","rag":"AMBER","nextReviewOn":"2026-12-01",\
            "reviewOverdue":false,"status":"ACTIVE","exitedOn":null,"exitReason":null,\
            "createdAt":"2026-11-25T13:58:07Z","updatedAt":"2026-11-25T13:58:07Z"}""";

    static Response.ResponseBuilder withETag(Response.ResponseBuilder b, long version) {
        return b.header(HttpHeaders.ETAG, ETags.of(version));
    }

    /** A case id from the path: anything but a UUID in canonical form is a 400 naming caseId (ADR 0011). */
    static UUID caseId(String value) {
        return QueryParams.requiredUuid("caseId", value);
    }
}
