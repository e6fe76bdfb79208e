package org.iom.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {
    static KeyPair pair;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        pair = g.generateKeyPair();
        Tokens.configure("https://issuer.test/", pair.getPrivate());
    }

    @Test
    void tokensAreRs256SignedWithTheGroupAndSchemesClaims() throws Exception {
        String t = Tokens.token("iom-practitioner", "REL-A", "REL-B");
        String[] parts = t.split("\\.");
        assertEquals(3, parts.length);
        assertEquals(Map.of("alg", "RS256", "typ", "JWT"), Json.parse(decode(parts[0])));
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = (Map<String, Object>) Json.parse(decode(parts[1]));
        assertEquals("https://issuer.test/", claims.get("iss"));
        assertEquals(List.of("iom-practitioner"), claims.get("groups"));
        assertEquals(List.of("REL-A", "REL-B"), claims.get("schemes"));
        assertEquals(3600L, (Long) claims.get("exp") - (Long) claims.get("iat"));
        Signature v = Signature.getInstance("SHA256withRSA");
        v.initVerify(pair.getPublic());
        v.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(v.verify(Base64.getUrlDecoder().decode(parts[2])));
    }

    @Test
    void oneTokenPerRoleAndSchemes() {
        assertSame(Tokens.token("iom-admin"), Tokens.token("iom-admin"));
        assertNotEquals(Tokens.token("iom-practitioner", "A"), Tokens.token("iom-practitioner", "B"));
        assertEquals(null, ((Map<?, ?>) Json.parse(decode(Tokens.token("iom-admin").split("\\.")[1]))).get("schemes"));
    }

    @Test
    void readsTheDevKeyAndRefusesAPkcs1Key(@TempDir Path dir) throws Exception {
        assertEquals("RSA", Tokens.loadKey(Path.of("dev-keys/private-key.pem")).getAlgorithm());
        Path pkcs1 = dir.resolve("rsa.pem");
        Files.writeString(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tokens.loadKey(pkcs1));
        assertTrue(e.getMessage().startsWith("expected a PKCS#8 key"));
    }

    static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
