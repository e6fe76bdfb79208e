package org.iom.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: subject, client, roles and (for practitioners) the schemes they may see. A background job that acts
 * for the person who asked for it (a bulk erasure, ADR 0036) says so with {@link #actFor} in its own request context.
 */
@RequestScoped
public class Caller {

    /** Who a background job acts for: the identity of the request that started it. */
    public record Acting(String subject, String client, Set<String> roles) {}

    /** Claim listing the scheme codes a practitioner works on. */
    public static final String SCHEMES_CLAIM = TokenClaims.SCHEMES_CLAIM;

    private static final TokenClaims NO_CLAIMS = new TokenClaims(null, Set.of(), null);

    @Inject SecurityIdentity identity;
    @Inject VerifiedTokenCache tokens;

    private TokenClaims claims;
    private Acting acting;

    /** From now on in this request context, the caller is {@code who} (a background job's step). */
    public void actFor(Acting who) {
        this.acting = who;
    }

    /**
     * The verified token of this request: the bearer token on {@code /v1} (smallrye-jwt), the ID token of the pages'
     * session (quarkus-oidc, ADR 0041); null when the identity is not a token. Read from the identity, so it does not
     * matter which extension produced it.
     */
    private JsonWebToken jwt() {
        return identity.getPrincipal() instanceof JsonWebToken t ? t : null;
    }

    public String subject() {
        if (acting != null) {
            return acting.subject();
        }
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        JsonWebToken jwt = jwt();
        String sub = jwt == null ? null : jwt.getSubject();
        return sub != null ? sub : identity.getPrincipal().getName();
    }

    /**
     * A name to show for the caller: the token's {@code name} claim, else {@code preferred_username} (standard OIDC
     * claims, read once per token: {@link TokenClaims}), else the subject; at most 200 characters.
     */
    public String displayName() {
        String name = acting != null || identity.isAnonymous() ? null : claims().name();
        return name != null ? name : subject();
    }

    /** The OAuth client the token was issued to ({@code azp} or {@code client_id}), when the token says. */
    public String client() {
        if (acting != null) {
            return acting.client();
        }
        return identity.isAnonymous() ? null : claims().client();
    }

    public Set<String> roles() {
        return new TreeSet<>(acting != null ? acting.roles() : identity.getRoles());
    }

    public boolean hasRole(String role) {
        return acting != null ? acting.roles().contains(role) : identity.hasRole(role);
    }

    /** True when the caller may see every scheme's cases (admin or oversight). */
    public boolean seesAllCases() {
        return hasRole(Roles.ADMIN) || hasRole(Roles.OVERSIGHT);
    }

    /** Scheme codes from the token's {@code schemes} claim (empty when absent; unmodifiable). */
    public Set<String> schemeCodes() {
        return acting != null || identity.isAnonymous() ? Set.of() : claims().schemeCodes();
    }

    /** The token's claims, read once per token (kept with it by the token cache) and once per request. */
    private TokenClaims claims() {
        TokenClaims c = claims;
        if (c == null) {
            JsonWebToken jwt = jwt();
            c = jwt == null ? NO_CLAIMS : tokens.claims(jwt);
            claims = c;
        }
        return c;
    }
}
