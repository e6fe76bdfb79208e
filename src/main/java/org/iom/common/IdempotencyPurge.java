package org.iom.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Purges expired Idempotency-Keys (ADR 0030): a scheduled job, every {@code iom.idempotency.purge-every}, deletes
 * the records older than {@code iom.idempotency.expiry} in batches of {@code iom.idempotency.purge-batch-size}, each
 * batch its own short transaction. Instances may run it at the same time: see {@link IdempotencyRepository#purgeBatch}.
 */
@ApplicationScoped
public class IdempotencyPurge extends PurgeJob {

    @Inject
    IdempotencyPurge(IdempotencyRepository records, IdempotencyConfig config) {
        super("idempotency-purge", config, records::purgeBatch);
    }
}
