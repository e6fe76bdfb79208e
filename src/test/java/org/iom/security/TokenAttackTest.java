package org.iom.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * OWASP API2 (broken authentication): every operation refuses every kind of bad token with 401 problem+json, and
 * the service keeps working afterwards.
 */
@QuarkusTest
class TokenAttackTest {

    @Test
    void everyOperationRefusesEveryBadToken() throws Exception {
        Map<String, String> attacks = attacks();
        List<OpenApiOperations.Op> ops = OpenApiOperations.served().protectedOps();
        assertFalse(ops.isEmpty());
        List<String> failures = new ArrayList<>();
        for (OpenApiOperations.Op op : ops) {
            for (Map.Entry<String, String> attack : attacks.entrySet()) {
                var response = op.call(attack.getValue());
                if (response.statusCode() != 401
                        || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    failures.add(op + " with " + attack.getKey() + ": got " + response.statusCode() + " "
                            + response.contentType());
                }
            }
        }
        assertEquals(List.of(), failures);
        // ... and the service still answers a good token.
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).get("/v1/police-forces").then().statusCode(200);
    }

    static Map<String, String> attacks() throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        Instant now = Instant.now();
        a.put("no token", null);
        a.put("empty bearer", "Bearer ");
        a.put("malformed token", "Bearer not.a.jwt");
        a.put("basic auth", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        String valid = Tokens.token(Roles.ADMIN);
        String[] parts = valid.split("\\.");
        String noneHeader = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        a.put("alg none", "Bearer " + noneHeader + "." + parts[1] + ".");
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        a.put("another key", "Bearer " + Tokens.builder("mallory", Set.of(Roles.ADMIN))
                .sign(generator.generateKeyPair().getPrivate()));
        a.put("wrong issuer", "Bearer " + Jwt.issuer("https://evil.example/").subject("mallory")
                .groups(Set.of(Roles.ADMIN)).sign());
        a.put("expired", "Bearer " + Tokens.builder("late", Set.of(Roles.ADMIN))
                .issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)).sign());
        a.put("not yet valid", "Bearer " + Tokens.builder("early", Set.of(Roles.ADMIN))
                .claim("nbf", now.plusSeconds(3600).getEpochSecond()).sign());
        String tamperedPayload = b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("test-iom-admin", "test-iom-admix"));
        a.put("tampered payload", "Bearer " + parts[0] + "." + tamperedPayload + "." + parts[2]);
        a.put("tampered signature", "Bearer " + parts[0] + "." + parts[1] + "." + flip(parts[2]));
        // Algorithm confusion: HS256 "signed" with the public key as the shared secret.
        byte[] publicKey = Files.readAllBytes(Path.of("dev-keys/public-key.pem"));
        a.put("HS256 with the public key", "Bearer " + Tokens.builder("confused", Set.of(Roles.ADMIN))
                .jws().algorithm(SignatureAlgorithm.HS256).sign(new SecretKeySpec(publicKey, "HmacSHA256")));
        return a;
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String flip(String signature) {
        char c = signature.charAt(10);
        return signature.substring(0, 10) + (c == 'A' ? 'B' : 'A') + signature.substring(11);
    }
}
