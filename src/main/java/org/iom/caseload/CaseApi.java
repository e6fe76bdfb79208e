package org.iom.caseload;

/**
 * Header documentation still written in annotations by {@link CaseImportResource}; the case, needs and outcome review
 * operations document these headers in {@code openapi/cases.yaml}. Delete this class once the import's operation docs
 * move to an overlay too.
 */
final class CaseApi {

    private CaseApi() {}

    static final String REASON_DESCRIPTION = "Optional reason for the access, recorded in the access log (at most 500 "
            + "characters)";
    static final String REQUEST_ID_DESCRIPTION = "Optional request id (1-100 of A-Z a-z 0-9 . _ : / + = -), recorded "
            + "in the access log and echoed; generated when absent or not of that form";
}
