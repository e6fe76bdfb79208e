package org.iom.oversight.signin;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A deployment as production has it when no identity provider is configured: the dev sign-in off, no OIDC tenant.
 * Nobody reaches the pages, and the dev sign-in page is not there.
 */
@QuarkusTest
@TestProfile(NoIdentityProviderTest.WithoutSignIn.class)
class NoIdentityProviderTest {

    /** No identity provider and no dev sign-in. */
    public static class WithoutSignIn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iom.pages.dev-sign-in", "false");
        }
    }

    @Test
    void nobodyReachesThePages_andThereIsNoDevSignIn() {
        given().redirects().follow(false).when().get("/oversight").then().statusCode(401);
        given().redirects().follow(false).when().get("/oversight/recommendations").then().statusCode(401);
        given().redirects().follow(false).header("Authorization", Tokens.bearer(Roles.ADMIN)).when().get("/oversight")
                .then().statusCode(401);
        given().redirects().follow(false).when().get("/oversight/dev-sign-in").then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Roles.ANALYST)).when().get("/v1/recommendations")
                .then().statusCode(200);
    }
}
