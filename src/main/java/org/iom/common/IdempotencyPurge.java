package org.iom.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Purges expired Idempotency-Keys (ADR 0030): a scheduled job, every {@code iom.idempotency.purge-every}, deletes
 * the records older than {@code iom.idempotency.expiry} in batches of {@code iom.idempotency.purge-batch-size}, each
 * batch its own short transaction. Instances may run it at the same time: see {@link IdempotencyRepository#purgeBatch}.
 */
@ApplicationScoped
public class IdempotencyPurge extends PurgeJob {

    @Inject IdempotencyRepository records;
    @Inject IdempotencyConfig config;

    @Override
    protected String name() {
        return "idempotency-purge";
    }

    @Override
    protected Duration every() {
        return config.purgeEvery();
    }

    @Override
    protected Duration retention() {
        return config.expiry();
    }

    @Override
    protected int batch(Handle h, Instant before) {
        return records.purgeBatch(h, before, config.purgeBatchSize());
    }
}
