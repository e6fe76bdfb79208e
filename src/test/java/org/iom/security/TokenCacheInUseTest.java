package org.iom.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The service verifies bearer tokens through {@link VerifiedTokenCache} (ADR 0023), not around it: smallrye-jwt's
 * verification (counted by {@link CountingPrincipalFactory}) runs once for a token used on many requests, and every
 * time for one it rejects.
 */
@QuarkusTest
class TokenCacheInUseTest {

    @Inject JWTParser parser;
    @Inject CountingPrincipalFactory verifier;

    @Test
    void theServiceParsesTokensThroughTheCache() {
        assertEquals(VerifiedTokenCache.class.getSimpleName(),
                parser.getClass().getSimpleName().replace("_ClientProxy", ""));
        long before = verifier.verifications();
        String token = Tokens.bearer(Roles.ADMIN);
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).when().get("/v1/police-forces").then().statusCode(200);
        }
        assertEquals(before + 1, verifier.verifications(), "one new token, one verification: then an entry is used");
        String tampered = token.substring(0, token.length() - 2) + "xx";
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", tampered).when().get("/v1/police-forces").then().statusCode(401);
        }
        assertEquals(before + 3, verifier.verifications(), "a token that fails verification is not cached");
        given().header("Authorization", token).when().get("/v1/police-forces").then().statusCode(200);
        assertEquals(before + 3, verifier.verifications(), "the good token is still served from the cache");
    }
}
