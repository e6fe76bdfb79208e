package org.iom.scheme;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

@Schema(name = "SchemePage")
public record SchemePage(List<SchemeView> items, @Schema(nullable = true) String nextCursor,
        @Schema(nullable = true) Long total) implements CursorPage {}
