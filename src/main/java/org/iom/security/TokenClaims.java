package org.iom.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the service reads from a verified token besides its subject and roles: the OAuth client and a practitioner's
 * scheme codes. Read once per token and kept with it in {@link VerifiedTokenCache}: smallrye-jwt's
 * {@code getClaim} throws (and catches) an exception for every claim that is not one of the standard ones
 * ({@code client_id}, {@code schemes}), which cost every request two stack traces (issue #25's profile).
 *
 * @param client the client the token was issued to ({@code azp} or {@code client_id}), or null
 * @param schemeCodes the scheme codes of the {@code schemes} claim (empty when absent), unmodifiable
 * @param name a name to show: the {@code name} claim, else {@code preferred_username} (standard OIDC claims), at most
 *     200 characters; null when neither is given
 */
public record TokenClaims(String client, Set<String> schemeCodes, String name) {

    /** Claim listing the scheme codes a practitioner works on. */
    public static final String SCHEMES_CLAIM = "schemes";
    /** Standard claims holding a name to show, the first present wins. */
    private static final List<String> NAME_CLAIMS = List.of("name", "preferred_username");
    private static final int MAX_NAME = 200;

    /** The claims of {@code jwt}, read from it. */
    public static TokenClaims of(JsonWebToken jwt) {
        Object azp = jwt.getClaim("azp");
        if (azp == null) {
            azp = jwt.getClaim("client_id");
        }
        return new TokenClaims(azp == null ? null : stringOf(azp), schemeCodes(jwt.getClaim(SCHEMES_CLAIM)), name(jwt));
    }

    private static String name(JsonWebToken jwt) {
        for (String claim : NAME_CLAIMS) {
            Object v = jwt.getClaim(claim);
            String name = v == null ? "" : stringOf(v).strip();
            if (!name.isEmpty()) {
                return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
            }
        }
        return null;
    }

    private static Set<String> schemeCodes(Object claim) {
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
        return Collections.unmodifiableSet(codes);
    }

    private static String stringOf(Object v) {
        if (v instanceof JsonString js) {
            return js.getString();
        }
        return String.valueOf(v);
    }
}
