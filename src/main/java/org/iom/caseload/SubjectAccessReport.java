package org.iom.caseload;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.audit.AuditEventView;

/** The answer to a subject access request (DPA 2018 s45): everything the service holds about one person. */
@Schema(name = "SubjectAccessReport", description = "Everything the service holds about one person (DPA 2018 s45): "
        + "their cases with needs assessments, outcome reviews and retention reviews, and the access-log entries "
        + "about those cases")
public record SubjectAccessReport(
        @Schema(example = "X123456", pattern = NewCase.CRN_PATTERN, maxLength = 7) String crn,
        @Schema(description = "When the answer was made", example = "2026-11-25T13:58:07Z") Instant generatedAt,
        @Schema(description = "Every case held (erased cases hold no CRN and are not found)", maxItems = 1000)
        List<SubjectCase> cases,
        @Schema(description = "Access-log entries about the cases, newest first (at most 10000)", maxItems = 10000)
        List<AuditEventView> accessLog,
        @Schema(description = "True when there were more access-log entries than listed (ask an auditor for the rest "
                + "with GET /v1/audit-events?caseId=)", example = "false") boolean accessLogTruncated) {

    /** One case of the person with everything recorded about it. */
    @Schema(name = "SubjectCase", description = "One case of the person, with everything recorded about it")
    public record SubjectCase(
            @JsonProperty("case") CaseView caseView,
            @Schema(description = "Newest first", maxItems = 10000) List<NeedsAssessmentView> needsAssessments,
            @Schema(description = "In the order recorded", maxItems = 10000) List<OutcomeReviewView> outcomeReviews,
            @Schema(description = "In the order recorded", maxItems = 10000) List<RetentionReviewView> retentionReviews,
            @Schema(description = "The case's history (ADR 0037): who changed what and when, oldest first",
                    maxItems = 10000) List<CaseHistoryEntry> history) {}
}
