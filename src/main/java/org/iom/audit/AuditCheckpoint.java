package org.iom.audit;

import java.time.Instant;

/**
 * A sealed checkpoint (table {@code audit_checkpoint}): the access-log entries with
 * {@code afterEventId < id <= lastEventId}, {@code entries} of them, sealed at {@code sealedAt} with {@code mac}
 * (hex HMAC-SHA256 chained on the previous checkpoint's mac, {@link AuditSeal}).
 */
record AuditCheckpoint(long seq, long afterEventId, long lastEventId, int entries, Instant sealedAt, String mac) {}
