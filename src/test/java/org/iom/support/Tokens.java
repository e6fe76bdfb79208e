package org.iom.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Real RS256 tokens signed with the dev/test key (dev-keys/private-key.pem), verified by the service through the
 * standard MicroProfile JWT path, exactly as a deployer's tokens would be.
 */
public final class Tokens {

    public static final String ISSUER = "https://iom.dev.local/dev-only";

    private Tokens() {}

    public static String token(String role, String... schemeCodes) {
        return builder("test-" + role, Set.of(role), schemeCodes).sign();
    }

    public static String bearer(String role, String... schemeCodes) {
        return "Bearer " + token(role, schemeCodes);
    }

    public static JwtClaimsBuilder builder(String subject, Set<String> roles, String... schemeCodes) {
        JwtClaimsBuilder b = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(roles).claim("azp", "iom-tests");
        if (schemeCodes.length > 0) {
            b.claim("schemes", List.copyOf(Arrays.asList(schemeCodes)));
        }
        return b;
    }
}
