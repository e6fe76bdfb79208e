package org.iom.caseload;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

@Schema(name = "CasePage")
public record CasePage(List<CaseView> items, @Schema(nullable = true) String nextCursor,
        @Schema(nullable = true) Long total) implements CursorPage {}
