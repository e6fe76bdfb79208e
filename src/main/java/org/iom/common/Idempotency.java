package org.iom.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.iom.security.Caller;

/**
 * Optional {@code Idempotency-Key} on POST and PUT: the same key and body replays the first answer; the same key with
 * another body is 422. The key is stored in the same transaction as the write it guards, so a retry after a crash or a
 * lost answer ends with exactly one record. Keys are per caller.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    /**
     * Runs {@code action} once per (caller, key). {@code operation} names what is being done (e.g. "POST /v1/cases"),
     * {@code request} is the parsed body (hashed to detect a reused key).
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        validateKey(key);
        String hash = hash(operation, request);
        String who = caller.subject();
        int inserted = em.createNativeQuery("""
                insert into idempotency_record (caller, idempotency_key, operation, request_hash, created_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, who).setParameter(2, key).setParameter(3, operation).setParameter(4, hash)
                .setParameter(5, java.sql.Timestamp.from(clock.now()))
                .executeUpdate();
        if (inserted == 0) {
            return replay(who, key, hash);
        }
        Response response = action.get();
        String body;
        try {
            body = response.getEntity() == null ? null : json.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("""
                update idempotency_record set status = ?3, location = ?4, etag = ?5, body = ?6
                where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, who).setParameter(2, key).setParameter(3, response.getStatus())
                .setParameter(4, response.getHeaderString(HttpHeaders.LOCATION))
                .setParameter(5, response.getHeaderString(HttpHeaders.ETAG))
                .setParameter(6, body)
                .executeUpdate();
        return response;
    }

    private Response replay(String who, String key, String hash) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select request_hash, status, location, etag, body from idempotency_record
                where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, who).setParameter(2, key).getSingleResult();
        if (!hash.equals(row[0])) {
            throw keyReused();
        }
        Response.ResponseBuilder b = Response.status(((Number) row[1]).intValue()).header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            b.header(HttpHeaders.LOCATION, row[2]);
        }
        if (row[3] != null) {
            b.header(HttpHeaders.ETAG, row[3]);
        }
        if (row[4] != null) {
            b.entity(row[4]).type(MediaType.APPLICATION_JSON);
        }
        return b.build();
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
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
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
