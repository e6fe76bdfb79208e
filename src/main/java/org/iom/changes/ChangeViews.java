package org.iom.changes;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /v1/changes} answers: a page of CloudEvents (JSON format, version 1.0). */
final class ChangeViews {

    private ChangeViews() {}

    @Schema(name = "ChangePage")
    public record ChangePage(List<ChangeEvent> items, String nextCursor) {}

    @Schema(name = "ChangeEvent")
    public record ChangeEvent(String specversion, String id, String source, String type, Instant time,
            @Schema(format = "uuid") String subject, String datacontenttype, ChangeData data) {}

    @Schema(name = "ChangeData")
    public record ChangeData(String url, @Schema(nullable = true) String etag) {}
}
