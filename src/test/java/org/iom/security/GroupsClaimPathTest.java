package org.iom.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Tokens from a HMPPS-style issuer carry roles in an {@code authorities} claim: setting
 * {@code SMALLRYE_JWT_PATH_GROUPS=authorities} is all a deployer needs.
 */
@QuarkusTest
@TestProfile(GroupsClaimPathTest.AuthoritiesClaim.class)
class GroupsClaimPathTest {

    public static class AuthoritiesClaim implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("smallrye.jwt.path.groups", "authorities");
        }
    }

    @Test
    void rolesAreReadFromTheConfiguredClaim() {
        String hmppsStyle = Jwt.issuer(Tokens.ISSUER).subject("jsmith").claim("user_name", "jsmith")
                .claim("authorities", List.of(Roles.AUDITOR)).sign();
        given().header("Authorization", "Bearer " + hmppsStyle).get("/v1/audit-events").then().statusCode(200);
        // The roles really come from that claim: another role there is refused.
        String analyst = Jwt.issuer(Tokens.ISSUER).subject("jsmith").claim("authorities", List.of(Roles.ANALYST)).sign();
        given().header("Authorization", "Bearer " + analyst).get("/v1/audit-events").then().statusCode(403);
        String none = Jwt.issuer(Tokens.ISSUER).subject("jsmith").claim("user_name", "jsmith").sign();
        given().header("Authorization", "Bearer " + none).get("/v1/audit-events").then().statusCode(403);
    }
}
