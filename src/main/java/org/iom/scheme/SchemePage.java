package org.iom.scheme;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

@Schema(name = "SchemePage", description = "A page of schemes, ordered by code")
public record SchemePage(
        @Schema(maxItems = 200) List<SchemeView> items,
        @Schema(description = "Cursor for the next page; null on the last page", nullable = true, maxLength = 200,
                example = "WyJXTVAtQkhBTSJd") String nextCursor,
        @Schema(minimum = "0", maximum = "9223372036854775807", description = "Number of schemes matching the filters; only with includeTotal=true", nullable = true,
                example = "6") Long total) implements CursorPage {}
