package org.iom.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

@Schema(name = "AuditEventPage")
public record AuditEventPage(List<AuditEventView> items,
        @Schema(nullable = true) String nextCursor) implements CursorPage {}
