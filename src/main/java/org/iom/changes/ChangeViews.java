package org.iom.changes;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /v1/changes} answers: a page of CloudEvents (JSON format, version 1.0). */
final class ChangeViews {

    private ChangeViews() {}

    @Schema(name = "ChangePage", description = "Changes in commit order, oldest first.")
    public record ChangePage(
            @Schema(description = "The changes after the request's cursor that the caller may see, at most limit.",
                    maxItems = 200)
            List<ChangeEvent> items,
            @Schema(description = "Where to continue: pass it as after. Present even when items is empty (then it is "
                    + "the request's own position or a later one, past changes the caller may not see).",
                    maxLength = 200)
            String nextCursor) {}

    @Schema(name = "ChangeEvent", description = "One change, as a CloudEvent in its JSON format (specversion 1.0).")
    public record ChangeEvent(
            @Schema(description = "CloudEvents specversion: 1.0", maxLength = 3, pattern = "^1\\.0$") String specversion,
            @Schema(description = "This change's opaque, unique id; also a cursor: after=id resumes after it.",
                    maxLength = 200)
            String id,
            @Schema(description = "The collection the resource belongs to", example = "/v1/cases", maxLength = 200)
            String source,
            @Schema(description = "The kind of change, org.iom.<resource>.<action>: org.iom.scheme.created, "
                    + "org.iom.scheme.updated, org.iom.case.created, org.iom.case.updated, org.iom.case.exited, "
                    + "org.iom.case.erased, org.iom.recommendation.created, org.iom.recommendation.updated, "
                    + "org.iom.recommendation-update.created (a timeline entry). Ignore types you do not know: more "
                    + "may come.", maxLength = 100, pattern = "^org\\.iom\\.[a-z-]+\\.[a-z]+$",
                    example = "org.iom.case.updated")
            String type,
            @Schema(description = "When the change committed") Instant time,
            @Schema(description = "The changed resource's id", format = "uuid") String subject,
            @Schema(description = "The media type of data: application/json", maxLength = 16,
                    pattern = "^application/json$") String datacontenttype,
            ChangeData data) {}

    @Schema(name = "ChangeData", description = "Where the changed resource is, and its ETag after the change.")
    public record ChangeData(
            @Schema(description = "The resource's path", example = "/v1/cases/0190b7a8-7c4e-7d2a-9f3e-1a2b3c4d5e6f",
                    maxLength = 200)
            String url,
            @Schema(description = "The ETag a GET of url answered right after this change (compare it with yours to "
                    + "skip a fetch); null when that GET answers none: an erased case (404) or a timeline entry.",
                    nullable = true, maxLength = 22, example = "\"3\"")
            String etag) {}
}
