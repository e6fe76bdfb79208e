package org.iom.caseload;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

@Schema(name = "OutcomeReviewPage", description = "A page of a case's outcome reviews, oldest recorded first")
public record OutcomeReviewPage(
        @Schema(maxItems = 200) List<OutcomeReviewView> items,
        @Schema(description = "Cursor for the next page; null on the last page", nullable = true, maxLength = 200)
        String nextCursor) implements CursorPage {}
