package org.iom.caseload;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseNeeds", description = "A case's current needs assessment and every assessment recorded, newest first")
public record CaseNeeds(
        @Schema(example = "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f") UUID caseId,
        @Schema(description = "The newest assessment (latest assessedOn, then latest recorded); null when none",
                nullable = true) NeedsAssessmentView current,
        @Schema(description = "Every assessment, newest first (the first is the current one)", maxItems = 1000)
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
