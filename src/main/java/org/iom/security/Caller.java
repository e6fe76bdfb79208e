package org.iom.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: subject, client, roles and (for practitioners) the schemes they may see. */
@RequestScoped
public class Caller {

    /** Claim listing the scheme codes a practitioner works on. */
    public static final String SCHEMES_CLAIM = "schemes";

    @Inject SecurityIdentity identity;

    /**
     * The verified token of this request: the bearer token on {@code /v1} (smallrye-jwt), the ID token of the pages'
     * session (quarkus-oidc, ADR 0041). Read from the identity, so it does not matter which extension produced it.
     */
    private JsonWebToken jwt() {
        return identity.getPrincipal() instanceof JsonWebToken t ? t : EMPTY;
    }

    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String sub = jwt().getSubject();
        return sub != null ? sub : identity.getPrincipal().getName();
    }

    /** The OAuth client the token was issued to ({@code azp} or {@code client_id}), when the token says. */
    public String client() {
        if (identity.isAnonymous()) {
            return null;
        }
        Object azp = jwt().getClaim("azp");
        if (azp == null) {
            azp = jwt().getClaim("client_id");
        }
        return azp == null ? null : stringOf(azp);
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** True when the caller may see every scheme's cases (admin or oversight). */
    public boolean seesAllCases() {
        return hasRole(Roles.ADMIN) || hasRole(Roles.OVERSIGHT);
    }

    /** Scheme codes from the token's {@code schemes} claim (empty when absent). */
    public Set<String> schemeCodes() {
        if (identity.isAnonymous()) {
            return Set.of();
        }
        Object claim = jwt().getClaim(SCHEMES_CLAIM);
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                codes.add(stringOf(v));
            }
        } else if (claim instanceof Collection<?> c) {
            c.forEach(v -> codes.add(stringOf(v)));
        } else if (claim != null) {
            for (String s : stringOf(claim).split("[ ,]+")) {
                if (!s.isBlank()) {
                    codes.add(s);
                }
            }
        }
        return codes;
    }

    /** No token: every claim absent. */
    private static final JsonWebToken EMPTY = new JsonWebToken() {
        @Override
        public String getName() {
            return null;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of();
        }

        @Override
        public <T> T getClaim(String claimName) {
            return null;
        }
    };

    private static String stringOf(Object v) {
        if (v instanceof JsonString js) {
            return js.getString();
        }
        return String.valueOf(v);
    }
}
