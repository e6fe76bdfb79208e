package org.iom.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test scope: smallrye-jwt's own token verification (signature and claims), counted, so that a test sees how often
 * the service really verifies a token rather than serving it from {@link VerifiedTokenCache}.
 */
@Alternative
@Priority(1)
@Singleton
public class CountingPrincipalFactory extends DefaultJWTCallerPrincipalFactory {

    private final AtomicLong verifications = new AtomicLong();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        verifications.incrementAndGet();
        return super.parse(token, authContextInfo);
    }

    /** Tokens verified so far (accepted or not). */
    public long verifications() {
        return verifications.get();
    }
}
