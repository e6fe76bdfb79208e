package org.iom.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MAC of one checkpoint (ADR 0032): HMAC-SHA256, keyed with {@code iom.audit.seal.key}, over the previous
 * checkpoint's mac, every covered access-log entry in id order (each field of the row, length-prefixed, a null marked
 * as such), then the checkpoint's own number, range, count and time. Sealing and verifying compute it the same way.
 */
final class AuditSeal {

    static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    AuditSeal(String secret) {
        if (secret == null || secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("iom.audit.seal.key (IOM_AUDIT_SEAL_KEY) must be set to a secret of at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A MAC under way: {@link #add} each entry in id order, then {@link #finish}. */
    Running begin(String previousMac) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            Running running = new Running(mac);
            running.text(previousMac == null ? "" : previousMac);
            return running;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static final class Running {

        private final Mac mac;
        private final ByteBuffer buffer = ByteBuffer.allocate(16);
        private int entries;
        private long lastId;

        private Running(Mac mac) {
            this.mac = mac;
        }

        void add(AuditCheckpointRepository.Entry e) {
            entries++;
            lastId = e.id();
            number(e.id());
            instant(e.occurredAt());
            text(e.actor());
            text(e.client());
            text(e.roles());
            text(e.action());
            uuid(e.caseId());
            uuid(e.schemeId());
            text(e.recipient());
            text(e.reason());
            text(e.requestId());
        }

        int entries() {
            return entries;
        }

        /** The id of the last entry added (0 when none). */
        long lastId() {
            return lastId;
        }

        /** The hex MAC of checkpoint {@code seq} covering {@code (after, last]}, sealed at {@code sealedAt}. */
        String finish(long seq, long after, long last, Instant sealedAt) {
            number(seq);
            number(after);
            number(last);
            number(entries);
            instant(sealedAt);
            return HexFormat.of().formatHex(mac.doFinal());
        }

        private void number(long n) {
            buffer.clear();
            mac.update(buffer.putLong(n).array(), 0, 8);
        }

        private void text(String s) {
            if (present(s)) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                number(bytes.length);
                mac.update(bytes);
            }
        }

        private void uuid(UUID u) {
            if (present(u)) {
                number(u.getMostSignificantBits());
                number(u.getLeastSignificantBits());
            }
        }

        private void instant(Instant t) {
            if (present(t)) {
                number(t.getEpochSecond());
                number(t.getNano());
            }
        }

        /** The null marker every field starts with: 0 for null (nothing follows), 1 before a value. */
        private boolean present(Object value) {
            mac.update((byte) (value == null ? 0 : 1));
            return value != null;
        }
    }
}
