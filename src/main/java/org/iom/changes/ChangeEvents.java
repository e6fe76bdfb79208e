package org.iom.changes;

import org.iom.changes.ChangeViews.ChangeData;
import org.iom.changes.ChangeViews.ChangeEvent;
import org.iom.common.ETags;

/** A stored entry as the CloudEvent the feed answers: type, source, subject, the resource's URL and ETag. */
final class ChangeEvents {

    static final String SPEC_VERSION = "1.0";
    static final String TYPE_PREFIX = "org.iom.";

    private ChangeEvents() {}

    static ChangeEvent of(ChangeRow row) {
        String source = source(row);
        String url = source + "/" + row.resourceId();
        return new ChangeEvent(SPEC_VERSION, row.cursor().encode(), source, TYPE_PREFIX + row.resource() + "."
                + row.action(), row.committedAt(), row.resourceId().toString(), "application/json",
                new ChangeData(url, row.version() == null ? null : ETags.of(row.version())));
    }

    /** The collection of the changed resource. */
    private static String source(ChangeRow row) {
        return switch (row.resource()) {
            case "scheme" -> "/v1/schemes";
            case "case" -> "/v1/cases";
            case "recommendation" -> "/v1/recommendations";
            case "recommendation-update" -> "/v1/recommendations/" + row.parentId() + "/updates";
            default -> throw new IllegalStateException("unknown resource in the change feed: " + row.resource());
        };
    }
}
