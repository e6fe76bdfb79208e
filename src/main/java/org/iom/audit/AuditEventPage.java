package org.iom.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

@Schema(name = "AuditEventPage", description = "A page of access-log entries, newest first")
public record AuditEventPage(
        @Schema(maxItems = 200) List<AuditEventView> items,
        @Schema(nullable = true, description = "Cursor of the next page; null on the last page", maxLength = 500) String nextCursor) implements CursorPage {}
