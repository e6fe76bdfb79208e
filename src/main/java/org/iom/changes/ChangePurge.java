package org.iom.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.iom.common.PurgeJob;

/**
 * Purges change-feed entries older than {@code iom.changes.retention} (ADR 0038) as every purge does (ADR 0030,
 * {@link PurgeJob}): every {@code iom.changes.purge-every}, whole committed transactions in batches, one instance at a
 * time. The horizon it leaves turns older cursors into 410.
 */
@ApplicationScoped
public class ChangePurge extends PurgeJob {

    @Inject
    ChangePurge(ChangeQuery query, ChangeFeedConfig config) {
        super("change-feed-purge", config, query::purgeBatch);
    }
}
