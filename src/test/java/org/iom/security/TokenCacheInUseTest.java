package org.iom.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** The service verifies bearer tokens through {@link VerifiedTokenCache} (ADR 0023), not around it. */
@QuarkusTest
class TokenCacheInUseTest {

    @Inject
    VerifiedTokenCache cache;

    @Inject
    JWTParser parser;

    @Test
    void theServiceParsesTokensThroughTheCache() {
        assertEquals(VerifiedTokenCache.class.getSimpleName(),
                parser.getClass().getSimpleName().replace("_ClientProxy", ""));
        long before = cache.size();
        String token = Tokens.bearer(Roles.ADMIN);
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).when().get("/v1/police-forces").then().statusCode(200);
        }
        assertEquals(before + 1, cache.size(), "one new token, one new entry");
        given().header("Authorization", token.substring(0, token.length() - 2) + "xx")
                .when().get("/v1/police-forces").then().statusCode(401);
        assertEquals(before + 1, cache.size(), "a token that fails verification is not cached");
    }
}
