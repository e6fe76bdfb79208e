package org.iom.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** RS256 tokens, like scripts/token: signed here with the dev key, one cached token per role and scheme list. */
final class Tokens {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static String issuer;
    private static PrivateKey key;
    private static PrivateKey foreignKey;

    private Tokens() {
    }

    static void configure(String tokenIssuer, PrivateKey signingKey) {
        issuer = tokenIssuer;
        key = signingKey;
        TOKENS.clear();
    }

    static String issuer() {
        return issuer;
    }

    static PrivateKey key() {
        return key;
    }

    static String token(String role, String... schemes) {
        String cacheKey = role + "|" + String.join(",", schemes);
        return TOKENS.computeIfAbsent(cacheKey, k -> {
            long now = System.currentTimeMillis() / 1000;
            String s = schemes.length == 0 ? null
                    : "[" + String.join(",", Arrays.stream(schemes).map(Json::quote).toList()) + "]";
            return jwt(claims(issuer, now, now + 3600, "[" + Json.quote(role) + "]", s), key);
        });
    }

    static String claims(String iss, long iat, long exp, String groupsJson, String schemesJson) {
        return "{\"iss\":" + Json.quote(iss) + ",\"sub\":\"fuzz\",\"upn\":\"fuzz\",\"azp\":\"reliability-driver\",\"iat\":"
                + iat + ",\"exp\":" + exp + ",\"jti\":\"" + UUID.randomUUID() + "\",\"groups\":" + groupsJson
                + (schemesJson == null ? "" : ",\"schemes\":" + schemesJson) + "}";
    }

    static String jwt(String claims, PrivateKey k) {
        try {
            String signingInput = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
            Signature sig = Signature.getInstance("SHA256withRSA");
            sig.initSign(k);
            sig.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static PrivateKey loadKey(Path pem) throws Exception {
        String text = Files.readString(pem);
        if (text.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("expected a PKCS#8 key ('BEGIN PRIVATE KEY') in " + pem);
        }
        String b = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b)));
    }

    /** A key the service does not trust (made once, on first use). */
    static PrivateKey foreignKey() {
        synchronized (Tokens.class) {
            if (foreignKey == null) {
                try {
                    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                    g.initialize(2048);
                    foreignKey = g.generateKeyPair().getPrivate();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return foreignKey;
        }
    }
}
