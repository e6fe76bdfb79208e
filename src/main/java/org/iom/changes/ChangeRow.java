package org.iom.changes;

import java.time.Instant;
import java.util.UUID;

/**
 * One feed entry as stored (ADR 0038): its position, what changed and how, the case's scheme code (the practitioner
 * scope; null for other resources) and the resource's version after the change (null when a GET answers no ETag).
 */
record ChangeRow(long commitSeq, long seq, String resource, String action, UUID resourceId, UUID parentId,
        String schemeCode, Long version, Instant committedAt) {

    ChangeCursor cursor() {
        return new ChangeCursor(commitSeq, seq);
    }
}
