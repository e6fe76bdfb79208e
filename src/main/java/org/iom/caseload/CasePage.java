package org.iom.caseload;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

@Schema(name = "CasePage", description = "A page of cases in a stable order (by id, i.e. by creation)")
public record CasePage(
        @Schema(maxItems = 200) List<CaseView> items,
        @Schema(description = "Cursor for the next page; null on the last page", nullable = true, maxLength = 200,
                example = "WyIwMTkzYTZjNS0xYjJjLTdkM2UtOGY0MC01YTZiN2M4ZDllMGYiXQ") String nextCursor,
        @Schema(minimum = "0", maximum = "9223372036854775807", description = "Number of cases matching the filters; only with includeTotal=true", nullable = true,
                example = "137") Long total) implements CursorPage {}
