package org.iom.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long Idempotency-Keys are kept, and how they are purged ({@code iom.idempotency.*}, ADR 0030). */
@ConfigMapping(prefix = "iom.idempotency")
public interface IdempotencyConfig extends PurgeJob.Settings {

    /**
     * A key replays its first answer for this long after it was first used; afterwards it is free again and its
     * record is purged. The contract's Idempotency-Key description states the default.
     */
    @WithDefault("PT24H")
    Duration expiry();

    /** The purge deletes a record once its key has expired. */
    @Override
    default Duration retention() {
        return expiry();
    }

    /** How often the purge runs (ISO-8601 duration; each run deletes batches until nothing expired is left). */
    @WithDefault("PT5M")
    Duration purgeEvery();

    /** Records deleted per purge transaction: bounded, so a purge never holds many row locks for long. */
    @WithDefault("1000")
    int purgeBatchSize();
}
