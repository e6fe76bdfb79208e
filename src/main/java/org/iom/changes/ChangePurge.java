package org.iom.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.iom.common.PurgeJob;
import org.jdbi.v3.core.Handle;

/**
 * Purges change-feed entries older than {@code iom.changes.retention} (ADR 0038) as every purge does (ADR 0030,
 * {@link PurgeJob}): every {@code iom.changes.purge-every}, whole committed transactions in batches, one instance at a
 * time. The horizon it leaves turns older cursors into 410.
 */
@ApplicationScoped
public class ChangePurge extends PurgeJob {

    @Inject ChangeQuery query;
    @Inject ChangeFeedConfig config;

    @Override
    protected String name() {
        return "change-feed-purge";
    }

    @Override
    protected Duration every() {
        return config.purgeEvery();
    }

    @Override
    protected Duration retention() {
        return config.retention();
    }

    @Override
    protected int batch(Handle h, Instant before) {
        return query.purgeBatch(h, before, config.purgeBatchSize());
    }
}
