package org.iom.caseload;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetentionDuePage", description = "A page of cases due for retention review, by review date then id")
public record RetentionDuePage(
        @Schema(maxItems = 200) List<RetentionDue> items,
        @Schema(description = "Cursor for the next page; null on the last page", nullable = true, maxLength = 200,
                example = "WyIyMDMyLTExLTIwIiwiMDE5M2E2YzUtMWIyYy03ZDNlLThmNDAtNWE2YjdjOGQ5ZTBmIl0")
        String nextCursor) {}
