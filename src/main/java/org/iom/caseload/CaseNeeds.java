package org.iom.caseload;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseNeeds")
public record CaseNeeds(UUID caseId, @Schema(nullable = true) NeedsAssessmentView current,
        List<NeedsAssessmentView> history) {

    /** The needs of a case from its history, newest first: the first is the current one. */
    static CaseNeeds of(UUID caseId, List<NeedsAssessmentView> history) {
        return new CaseNeeds(caseId, history.isEmpty() ? null : history.get(0), history);
    }

    /** The entity tag of the needs resource: how many assessments have been recorded (append-only, so unique). */
    public long version() {
        return history.size();
    }
}
