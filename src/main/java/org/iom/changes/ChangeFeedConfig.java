package org.iom.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.iom.common.PurgeJob;

/** How long change-feed entries are kept, and how they are purged ({@code iom.changes.*}, ADR 0038). */
@ConfigMapping(prefix = "iom.changes")
public interface ChangeFeedConfig extends PurgeJob.Settings {

    /**
     * Entries are kept this long after their commit; a cursor older than the oldest kept entry answers 410 and the
     * client resynchronises from the lists.
     */
    @WithDefault("P30D")
    Duration retention();

    /** How often the purge runs (ISO-8601 duration; each run deletes batches until nothing expired is left). */
    @WithDefault("PT1H")
    Duration purgeEvery();

    /** Committed transactions (with all their entries) purged per purge transaction. */
    @WithDefault("1000")
    int purgeBatchSize();
}
