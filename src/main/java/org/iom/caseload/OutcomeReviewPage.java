package org.iom.caseload;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

@Schema(name = "OutcomeReviewPage")
public record OutcomeReviewPage(List<OutcomeReviewView> items,
        @Schema(nullable = true) String nextCursor) implements CursorPage {}
