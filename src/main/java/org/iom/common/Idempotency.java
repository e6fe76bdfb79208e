package org.iom.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.iom.common.db.Database;
import org.iom.security.Caller;
import org.jdbi.v3.core.Handle;

/**
 * Optional {@code Idempotency-Key} on POST and PUT: the same key and body replays the first answer; the same key with
 * another body is 422. The key is stored in the same transaction as the write it guards, so a retry after a crash or a
 * lost answer ends with exactly one record. Keys are per caller.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** A key: 1 to 200 visible ASCII characters (the contract states it; {@link #validateKey} checks it). */
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]{1,200}$";
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(KEY_PATTERN);

    @Inject Database database;
    @Inject IdempotencyRepository records;
    @Inject ObjectMapper json;
    @Inject Caller caller;
    @Inject AppClock clock;
    @Inject IdempotencyConfig config;

    /**
     * Runs {@code action} once per (caller, key) within the expiry. {@code operation} names what is being done (e.g.
     * "POST /v1/cases"), {@code request} is the parsed body (hashed to detect a reused key). For answers about no
     * person.
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<Response> action) {
        return execute(key, operation, request, response -> null, action);
    }

    /**
     * {@link #execute(String, String, Object, Supplier)} for an answer about a case: {@code subject} gives the case's
     * id from the answer, so that erasing the case erases the stored answer too (ADR 0020).
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Function<Response, UUID> subject,
            Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        validateKey(key);
        String hash = hash(operation, request);
        String who = caller.subject();
        Instant now = clock.now();
        boolean claimed = database.inTransaction(h -> records.claim(h, who, key, operation, hash, now,
                now.minus(config.expiry())));
        if (!claimed) {
            return replay(database.inTransaction(h -> records.find(h, who, key)), hash);
        }
        Response response = action.get();
        String body = response.getEntity() == null ? null : write(response.getEntity());
        UUID about = subject.apply(response);
        database.useTransaction(h -> records.answer(h, who, key, response.getStatus(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG), body,
                about));
        return response;
    }

    /** Erases the stored answers about a case, in the caller's transaction (the case's erasure). */
    public void erase(Handle h, UUID subject) {
        records.erase(h, subject, clock.now());
    }

    private static Response replay(Optional<IdempotencyRepository.Stored> found, String hash) {
        IdempotencyRepository.Stored stored = found.orElseThrow(Idempotency::purgedMeanwhile);
        if (stored.erasedAt() != null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "What this Idempotency-Key's request created or "
                    + "changed no longer exists.");
        }
        if (!hash.equals(stored.requestHash())) {
            throw keyReused();
        }
        Response.ResponseBuilder b = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            b.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            b.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.body() != null) {
            b.entity(stored.body()).type(MediaType.APPLICATION_JSON);
        }
        return b.build();
    }

    /** 503: the key's expired record was purged between the claim and the read; a retry takes the key anew. */
    private static ProblemException purgedMeanwhile() {
        return new ProblemException(ProblemType.UNAVAILABLE, "This Idempotency-Key expired while the request ran; "
                + "retry it.");
    }

    /** 422: the key was used before with another request. */
    private static ProblemException keyReused() {
        return new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was used for a different request; use a new key for a new request.",
                List.of(new Problem.FieldError(HEADER, "already used with another request body")), null, null,
                Map.of());
    }

    /** 400 unless the key is 1 to 200 visible ASCII characters. */
    public static void validateKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 visible ASCII characters");
        }
    }

    private String hash(String operation, Object request) {
        MessageDigest sha = requestDigest(operation);
        try {
            sha.update(json.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return hex(sha);
    }

    private String write(Object entity) {
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How a request's hash begins: SHA-256 over its operation (e.g. "POST /v1/cases") and a NUL byte. What makes
     * two requests of that operation the same follows, then {@link #hex} ends it.
     */
    public static MessageDigest requestDigest(String operation) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash, as stored with a key: the digest's value in lower-case hexadecimal. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
