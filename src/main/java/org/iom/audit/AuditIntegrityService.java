package org.iom.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.iom.common.db.Database;
import org.jdbi.v3.core.Handle;

/**
 * Verifies the access log against its sealed checkpoints (ADR 0032): each checkpoint's MAC is computed again over the
 * entries in its range and the mac of the checkpoint before, in order; the first that differs, or does not follow the
 * one before, is named.
 */
@ApplicationScoped
public class AuditIntegrityService {

    @Inject Database database;
    @Inject AuditCheckpointRepository repository;
    @Inject AuditSealer sealer;

    public AuditIntegrity verify() {
        return database.inTransaction(this::verify);
    }

    private AuditIntegrity verify(Handle h) {
        AuditCheckpoint previous = null;
        long verified = 0;
        long entries = 0;
        for (AuditCheckpoint c : repository.all(h)) {
            AuditSeal.Running mac = sealer.seal().begin(previous == null ? null : previous.mac());
            repository.entries(h, c.afterEventId(), c.lastEventId(), Integer.MAX_VALUE, mac::add);
            String computed = mac.finish(c.seq(), c.afterEventId(), c.lastEventId(), c.sealedAt());
            boolean follows = previous == null
                    ? c.seq() == 1 && c.afterEventId() == 0
                    : c.seq() == previous.seq() + 1 && c.afterEventId() == previous.lastEventId();
            boolean matches = MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                    c.mac().getBytes(StandardCharsets.US_ASCII));
            if (!follows || !matches) {
                AuditIntegrity.Mismatch mismatch = new AuditIntegrity.Mismatch(c.seq(), c.afterEventId(),
                        c.lastEventId(), c.sealedAt(), c.entries(), mac.entries(),
                        follows ? AuditIntegrity.Kind.MAC_MISMATCH : AuditIntegrity.Kind.CHAIN_BROKEN);
                return result(h, previous, verified, entries, mismatch);
            }
            previous = c;
            verified++;
            entries += c.entries();
        }
        return result(h, previous, verified, entries, null);
    }

    private AuditIntegrity result(Handle h, AuditCheckpoint last, long verified, long entries,
            AuditIntegrity.Mismatch mismatch) {
        long lastId = last == null ? 0 : last.lastEventId();
        return new AuditIntegrity(mismatch == null, verified, entries, lastId, last == null ? null : last.sealedAt(),
                repository.countAfter(h, lastId), mismatch);
    }
}
