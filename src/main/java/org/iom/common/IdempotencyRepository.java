package org.iom.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** The idempotency keys (table {@code idempotency_record}): one row per caller and key, with the first answer. */
@ApplicationScoped
public class IdempotencyRepository {

    /** A key's row: the hash of the request it was first used with, and the answer given to it. */
    record Stored(String requestHash, Integer status, String location, String etag, String body) {}

    /**
     * Takes the key for a request: true when it was free. A row another transaction has just inserted is waited for
     * (its first attempt still open); then the key is taken.
     */
    boolean claim(Handle h, String caller, String key, String operation, String requestHash, Instant at) {
        return h.createUpdate("""
                insert into idempotency_record (caller, idempotency_key, operation, request_hash, created_at)
                values (:caller, :key, :operation, :requestHash, :at) on conflict do nothing""")
                .bind("caller", caller).bind("key", key).bind("operation", operation)
                .bind("requestHash", requestHash).bind("at", at)
                .execute() == 1;
    }

    /** Stores the answer given under a key this transaction has claimed. */
    void answer(Handle h, String caller, String key, int status, String location, String etag, String body) {
        h.createUpdate("""
                update idempotency_record set status = :status, location = :location, etag = :etag, body = :body
                where caller = :caller and idempotency_key = :key""")
                .bind("caller", caller).bind("key", key).bind("status", status).bind("location", location)
                .bind("etag", etag).bind("body", body)
                .execute();
    }

    /** The row of a key that was taken. */
    Stored find(Handle h, String caller, String key) {
        return h.createQuery("""
                select request_hash, status, location, etag, body from idempotency_record
                where caller = :caller and idempotency_key = :key""")
                .bind("caller", caller).bind("key", key)
                .mapTo(Stored.class).one();
    }
}
