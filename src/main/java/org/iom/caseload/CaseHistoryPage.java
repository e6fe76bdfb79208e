package org.iom.caseload;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseHistoryPage", description = "A page of a case's history, oldest first")
public record CaseHistoryPage(
        @Schema(maxItems = 200) List<CaseHistoryEntry> items,
        @Schema(description = "Cursor for the next page; null on the last page", nullable = true, maxLength = 200)
        String nextCursor) {}
