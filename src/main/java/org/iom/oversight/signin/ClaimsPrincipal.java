package org.iom.oversight.signin;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A dev sign-in's identity as a token's claims, so that {@code security.Caller} reads it like any signed-in member. */
record ClaimsPrincipal(String name, Map<String, Object> claims) implements JsonWebToken {

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }
}
