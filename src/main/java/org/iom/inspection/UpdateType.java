package org.iom.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of timeline entry. */
@Schema(description = "COMMENT: a progress note. STATUS_CHANGE: moves the recommendation to `status` (this entry IS"
        + " the transition). TARGET_DATE_REVISION: sets or moves the target date to `targetDate`, with a `reason`.",
        example = "COMMENT")
public enum UpdateType {
    COMMENT, STATUS_CHANGE, TARGET_DATE_REVISION
}
