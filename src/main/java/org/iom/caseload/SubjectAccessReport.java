package org.iom.caseload;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.audit.AuditEventView;

/** The answer to a subject access request (DPA 2018 s45): everything the service holds about one person. */
@Schema(name = "SubjectAccessReport")
public record SubjectAccessReport(String crn, Instant generatedAt, List<SubjectCase> cases,
        List<AuditEventView> accessLog, boolean accessLogTruncated) {

    /** One case of the person with everything recorded about it. */
    @Schema(name = "SubjectCase")
    public record SubjectCase(@JsonProperty("case") CaseView caseView, List<NeedsAssessmentView> needsAssessments,
            List<OutcomeReviewView> outcomeReviews, List<RetentionReviewView> retentionReviews,
            List<CaseHistoryEntry> history) {}
}
