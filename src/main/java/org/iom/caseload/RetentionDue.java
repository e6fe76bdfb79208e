package org.iom.caseload;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetentionDue")
public record RetentionDue(UUID caseId, UUID schemeId, String schemeCode, String crn, SubjectCategory subjectCategory,
        LocalDate exitedOn, ExitReason exitReason, LocalDate retentionReviewOn,
        @Schema(nullable = true) RetentionDecision lastDecision) {}
