package org.iom.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.benmanes.caffeine.cache.Cache;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.iom.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cache of verified tokens (ADR 0023), with real RS256 tokens and smallrye-jwt's real parser underneath; the
 * verification is counted, and the cache's two clocks are the test's.
 */
class VerifiedTokenCacheTest {

    static PrivateKey signingKey;
    static PublicKey verificationKey;

    final AtomicInteger verifications = new AtomicInteger();
    final AtomicLong nanos = new AtomicLong(1_000);
    final long start = System.currentTimeMillis() / 1000;
    final AtomicLong epochSecond = new AtomicLong(start);

    @BeforeAll
    static void keys() throws Exception {
        signingKey = KeyUtils.decodePrivateKey(Files.readString(Path.of("dev-keys/private-key.pem")));
        verificationKey = KeyUtils.decodePublicKey(Files.readString(Path.of("dev-keys/public-key.pem")));
    }

    /** smallrye-jwt's own verification, counted. */
    JWTCallerPrincipalFactory countingVerifier() {
        return new DefaultJWTCallerPrincipalFactory() {
            @Override
            public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
                verifications.incrementAndGet();
                return super.parse(token, context);
            }
        };
    }

    /** The entries of the cache made last, observed by the test (the cache's own count, after its maintenance). */
    Cache<String, VerifiedTokenCache.Entry> entries;

    VerifiedTokenCache cache(int maxEntries, Duration maxAge) {
        entries = VerifiedTokenCache.newCache(maxEntries, maxAge, nanos::get, epochSecond::get);
        JWTAuthContextInfo context = new JWTAuthContextInfo(verificationKey, Tokens.ISSUER);
        return new VerifiedTokenCache(context, countingVerifier(), entries, epochSecond::get);
    }

    long held() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    String token(String subject, long issuedAt, long expiresAt) {
        return Jwt.issuer(Tokens.ISSUER).subject(subject).groups(Set.of(Roles.ADMIN))
                .issuedAt(issuedAt).expiresAt(expiresAt).sign(signingKey);
    }

    @Test
    void aTokenIsVerifiedOnceAndThenServedFromTheCache() throws Exception {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        String token = token("alice", start, start + 600);

        JsonWebToken first = cache.parse(token);
        JsonWebToken second = cache.parse(token);

        assertEquals("alice", first.getSubject());
        assertSame(first, second);
        assertEquals(1, verifications.get());
        assertEquals(1, held());
        cache.parse(token("bob", start, start + 600));
        assertEquals(2, verifications.get());
        assertEquals(2, held());
    }

    @Test
    void aTokensClientAndSchemesAreReadOnceAndKeptWithIt() throws Exception {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        String token = Jwt.issuer(Tokens.ISSUER).subject("pat").groups(Set.of(Roles.PRACTITIONER))
                .claim("client_id", "case-app").claim("schemes", List.of("LDN01", "LDN02"))
                .issuedAt(start).expiresAt(start + 600).sign(signingKey);

        JsonWebToken jwt = cache.parse(token);
        TokenClaims claims = cache.claims(jwt);

        assertEquals("case-app", claims.client());
        assertEquals(Set.of("LDN01", "LDN02"), claims.schemeCodes());
        assertSame(claims, cache.claims(cache.parse(token))); // kept with the token, not read again
        assertThrows(UnsupportedOperationException.class, () -> claims.schemeCodes().add("OTHER"));
        TokenClaims uncached = cache(0, Duration.ofMinutes(5)).claims(jwt); // no cache: read from the token
        assertEquals(claims, uncached);
        assertEquals("case-app", TokenClaims.of(cache.parse(Jwt.issuer(Tokens.ISSUER).subject("x").claim("azp", "case-app")
                .groups(Set.of(Roles.ADMIN)).issuedAt(start).expiresAt(start + 600).sign(signingKey))).client());
    }

    @Test
    void aRejectedTokenIsNeverCachedAndATamperedCopyOfACachedTokenIsStillRejected() throws Exception {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        String good = token("alice", start, start + 600);
        cache.parse(good);
        String[] parts = good.split("\\.");
        String otherClaims = token("mallory", start, start + 600).split("\\.")[1];
        String forged = parts[0] + "." + otherClaims + "." + parts[2]; // alice's signature on mallory's claims
        String wrongIssuer = Jwt.issuer("https://elsewhere.example").subject("eve").groups(Set.of(Roles.ADMIN))
                .expiresAt(start + 600).sign(signingKey);

        for (int i = 0; i < 2; i++) {
            assertThrows(ParseException.class, () -> cache.parse(forged));
            assertThrows(ParseException.class, () -> cache.parse(wrongIssuer));
        }
        assertEquals(5, verifications.get()); // the good token once, each bad one twice: no bad token was cached
        assertEquals(1, held());
    }

    @Test
    void anEntryIsNotUsedOnceTheTokenHasExpired() throws Exception {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        String token = token("alice", start, start + 120);
        cache.parse(token);
        epochSecond.set(start + 119);
        cache.parse(token);
        assertEquals(1, verifications.get());

        epochSecond.set(start + 120); // exp reached: the parser decides again (with its own clock and leeway)
        cache.parse(token);
        assertEquals(2, verifications.get());
    }

    @Test
    void anEntryIsDroppedAfterTheMaximumAgeEvenWhileTheTokenIsValid() throws Exception {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        String token = token("alice", start, start + 3000);
        cache.parse(token);
        nanos.addAndGet(Duration.ofMinutes(5).toNanos() - 1);
        cache.parse(token);
        assertEquals(1, verifications.get());

        nanos.addAndGet(1);
        cache.parse(token);
        assertEquals(2, verifications.get());
    }

    @Test
    void theCacheIsBoundedAndCanBeTurnedOff() throws Exception {
        VerifiedTokenCache bounded = cache(10, Duration.ofMinutes(5));
        for (int i = 0; i < 50; i++) {
            bounded.parse(token("user-" + i, start, start + 600));
        }
        assertEquals(10, held());

        verifications.set(0);
        VerifiedTokenCache off = cache(0, Duration.ofMinutes(5));
        assertNull(entries, "no cache at all");
        String token = token("alice", start, start + 600);
        off.parse(token);
        off.parse(token);
        assertEquals(2, verifications.get());
    }
}
