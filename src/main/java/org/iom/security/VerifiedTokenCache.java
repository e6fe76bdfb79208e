package org.iom.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser of the service: smallrye-jwt's own ({@link DefaultJWTParser}, extended: only
 * {@link #parse(String)}, the one Quarkus's {@code MpJwtValidator} calls, changes), with the tokens it has verified
 * remembered for a short while, so that a client sending the same token on every request pays for the RS256
 * signature check and the claim parsing once, not on every request (ADR 0023; it was the largest single cost of
 * {@code GET /v1/cases/{id}} in the benchmark's profile).
 *
 * <p>Safe because the key is the whole compact token, signature included: only a byte-identical token hits, and the
 * same bytes verify the same way. What does depend on time is re-checked on every hit, more strictly than the parser
 * does: an entry is used only while {@code now < exp} (the parser allows a clock skew past it), and for at most
 * {@code iom.security.token-cache.max-age} after it was verified (so a verification key taken away is honoured within
 * that time). ({@code smallrye.jwt.time-to-live} bounds exp - iat, which the first verification has checked.)
 * Rejected tokens are never cached. The cache is bounded ({@code iom.security.token-cache.max-entries}; 0 turns it
 * off). Both settings: {@link TokenCacheConfig}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends DefaultJWTParser {

    private final Cache<String, Entry> cache;
    private final LongSupplier epochSecond;

    /** A verified token, until when (epoch seconds) it may be served from the cache, and its claims as read once. */
    record Entry(JsonWebToken token, long usableUntilEpochSecond, TokenClaims claims) {

        Entry(JsonWebToken token, long usableUntilEpochSecond) {
            this(token, usableUntilEpochSecond, TokenClaims.of(token));
        }
    }

    @Inject
    public VerifiedTokenCache(JWTAuthContextInfo context, JWTCallerPrincipalFactory verifier, TokenCacheConfig config) {
        this(context, verifier, newCache(config.maxEntries(), config.maxAge(), System::nanoTime,
                VerifiedTokenCache::epochSecond), VerifiedTokenCache::epochSecond);
    }

    /**
     * smallrye-jwt's parser over {@code context} and {@code verifier}, with {@code cache} (null: no cache);
     * {@code epochSecond} is compared with the tokens' exp.
     */
    VerifiedTokenCache(JWTAuthContextInfo context, JWTCallerPrincipalFactory verifier, Cache<String, Entry> cache,
            LongSupplier epochSecond) {
        super(context, verifier);
        this.cache = cache;
        this.epochSecond = epochSecond;
    }

    /**
     * The cache for at most {@code maxEntries} tokens, each kept from its verification until its exp or for
     * {@code maxAge}, whichever comes first (reads do not extend it); null when either is 0. {@code nanoTime}
     * measures entries' age, {@code epochSecond} is compared with exp.
     */
    static Cache<String, Entry> newCache(int maxEntries, Duration maxAge, LongSupplier nanoTime, LongSupplier epochSecond) {
        long maxAgeNanos = maxAge.toNanos();
        if (maxEntries <= 0 || maxAgeNanos <= 0) {
            return null;
        }
        return Caffeine.newBuilder()
                // Upkeep (the read buffers' drain, evictions) on the calling thread, not handed to the common
                // ForkJoinPool: a request reads the cache twice, and each hand-off woke a pool thread (issue #25).
                .executor(Runnable::run)
                .maximumSize(maxEntries)
                .ticker(nanoTime::getAsLong)
                .expireAfter(Expiry.creating((String key, Entry value) -> Duration.ofNanos(Math.min(maxAgeNanos,
                        TimeUnit.SECONDS.toNanos(Math.max(0, value.usableUntilEpochSecond() - epochSecond.getAsLong()))))))
                .build();
    }

    private static long epochSecond() {
        return System.currentTimeMillis() / 1000;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (cache == null || token == null) {
            return super.parse(token);
        }
        Entry hit = cache.getIfPresent(token);
        long now = epochSecond.getAsLong();
        if (hit != null && now < hit.usableUntilEpochSecond()) {
            return hit.token();
        }
        JsonWebToken verified = super.parse(token); // throws for any token it does not accept: nothing is cached
        long until = verified.getExpirationTime();
        if (until > now) {
            cache.put(token, new Entry(verified, until));
        }
        return verified;
    }

    /**
     * The claims of a verified token: as read when it was verified while it is in the cache, else read from it now.
     */
    public TokenClaims claims(JsonWebToken jwt) {
        String raw = cache == null ? null : jwt.getRawToken();
        Entry hit = raw == null ? null : cache.getIfPresent(raw);
        return hit != null ? hit.claims() : TokenClaims.of(jwt);
    }
}
