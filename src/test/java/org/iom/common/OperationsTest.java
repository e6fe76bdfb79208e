package org.iom.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksTheDatabaseAndLivenessIsUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .when().get("/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .when().delete("/v1/police-forces")
                .then().statusCode(405).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).accept("application/xml")
                .when().get("/v1/police-forces")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void anEmptyPathSegmentIsA400NotA500() {
        // Found by the fuzz test (seed 710826501, request #1023): a path parameter emptied by a matrix parameter.
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).contentType("application/json").body("{}")
                .when().post("/v1/inspections/;jsessionid=1/recommendations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("inspectionId"));
    }

    @Test
    void responsesCarrySecurityHeaders() {
        given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .when().get("/v1/probation-regions")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }
}
