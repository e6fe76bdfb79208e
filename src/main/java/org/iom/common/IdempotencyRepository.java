package org.iom.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The idempotency keys (table {@code idempotency_record}): one row per caller and key, with the first answer, the
 * case it is about ({@code subject_id}) and, once that case is erased, only a tombstone ({@code erased_at}).
 */
@ApplicationScoped
public class IdempotencyRepository {

    /** How a tombstone's key begins (then the SHA-256 of the key, as the database's sha256() gives it). */
    static final String ERASED_PREFIX = "erased:";

    /** A key's row: the hash of the request it was first used with, and the answer given to it. */
    record Stored(String requestHash, Integer status, String location, String etag, String body, Instant erasedAt) {}

    /**
     * Takes the key for a request: true when it was free or its record had expired (created before
     * {@code expiredBefore}: the expired record is taken over), and no live tombstone of an erased answer holds it. A
     * row another transaction has just inserted is waited for (its first attempt still open); then the key is taken.
     */
    boolean claim(Handle h, String caller, String key, String operation, String requestHash, Instant at,
            Instant expiredBefore) {
        return h.createUpdate("""
                insert into idempotency_record (caller, idempotency_key, operation, request_hash, created_at)
                select :caller, :key, :operation, :requestHash, :at
                where not exists (select 1 from idempotency_record
                                  where caller = :caller and idempotency_key = :erasedKey
                                    and created_at >= :expiredBefore)
                on conflict (caller, idempotency_key) do update
                    set operation = excluded.operation, request_hash = excluded.request_hash,
                        created_at = excluded.created_at, status = null, location = null, etag = null, body = null,
                        subject_id = null, erased_at = null
                    where idempotency_record.created_at < :expiredBefore""")
                .bind("caller", caller).bind("key", key).bind("erasedKey", erasedKey(key)).bind("operation", operation)
                .bind("requestHash", requestHash).bind("at", at).bind("expiredBefore", expiredBefore)
                .execute() == 1;
    }

    /**
     * What an erased answer's key becomes: a client may put personal data in a key (e.g. a CRN), so the tombstone
     * keeps only its SHA-256, enough to answer a replay with 404 until it expires.
     */
    static String erasedKey(String key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ERASED_PREFIX + HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the answer given under a key this transaction has claimed, and the case it is about (or null). */
    void answer(Handle h, String caller, String key, int status, String location, String etag, String body,
            UUID subject) {
        h.createUpdate("""
                update idempotency_record set status = :status, location = :location, etag = :etag, body = :body,
                       subject_id = :subject
                where caller = :caller and idempotency_key = :key""")
                .bind("caller", caller).bind("key", key).bind("status", status).bind("location", location)
                .bind("etag", etag).bind("body", body).bind("subject", subject)
                .execute();
    }

    /** The row of a key that was taken, or its tombstone (empty if a purge removed it meanwhile). */
    Optional<Stored> find(Handle h, String caller, String key) {
        return h.createQuery("""
                select request_hash, status, location, etag, body, erased_at from idempotency_record
                where caller = :caller and idempotency_key in (:key, :erasedKey)
                order by erased_at is not null
                limit 1""")
                .bind("caller", caller).bind("key", key).bind("erasedKey", erasedKey(key))
                .mapTo(Stored.class).findOne();
    }

    /**
     * Erases the stored answers about a case (ADR 0020): body, headers and request hash go and the key is replaced by
     * its SHA-256 ({@link #erasedKey}); this tombstone stays until the record expires, so a replay of the key answers
     * 404 rather than running the request again. Returns the rows.
     */
    public int erase(Handle h, UUID subject, Instant at) {
        // An expired, not yet purged tombstone of the same caller and key (the key was used again after it expired)
        // would collide with the new one: it is dead, so it goes first.
        h.createUpdate("""
                delete from idempotency_record t using idempotency_record r
                where r.subject_id = :subject and r.erased_at is null and t.caller = r.caller
                  and t.idempotency_key = 'erased:' || encode(sha256(convert_to(r.idempotency_key, 'UTF8')), 'hex')""")
                .bind("subject", subject).execute();
        return h.createUpdate("""
                update idempotency_record
                set idempotency_key = 'erased:' || encode(sha256(convert_to(idempotency_key, 'UTF8')), 'hex'),
                    status = null, location = null, etag = null, body = null, request_hash = null, erased_at = :at
                where subject_id = :subject and erased_at is null""")
                .bind("subject", subject).bind("at", at).execute();
    }

    /**
     * Deletes at most {@code limit} records created before {@code before}, oldest first, and returns how many (0 when
     * another purger holds the purge lock). One batch at a time across instances (a transaction advisory lock, tried,
     * never waited for); rows another transaction holds (a request taking over an expired key) are skipped, never
     * waited for. So two purgers never delete the same row twice, and a purge blocks no request.
     */
    int purgeBatch(Handle h, Instant before, int limit) {
        return h.createUpdate("""
                with purge_lock as (
                    select pg_try_advisory_xact_lock(hashtextextended('idempotency_record:purge', 0)) as held)
                delete from idempotency_record r
                using (select i.caller, i.idempotency_key from idempotency_record i, purge_lock
                       where purge_lock.held and i.created_at < :before
                       order by i.created_at
                       limit :limit
                       for update of i skip locked) d
                where r.caller = d.caller and r.idempotency_key = d.idempotency_key""")
                .bind("before", before).bind("limit", limit).execute();
    }
}
