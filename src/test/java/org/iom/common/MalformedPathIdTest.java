package org.iom.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.stream.Stream;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ADR 0011 on every path that takes an id: an id that is not a UUID in its canonical form is a 400 problem naming the
 * path parameter (the same on every resource), never a 404 that reads as "no such thing" and never a lenient parse
 * that turns {@code 1-2-3-4-5} into a real-looking id.
 */
@QuarkusTest
class MalformedPathIdTest {

    private static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    private static final String OK_ID = "0193a6c5-1b2c-7d3e-8f40-5a6b7c8d9e0f";

    /** Path template with {id} where the malformed value goes, and the parameter the answer must name. */
    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("/v1/cases/{id}", "caseId"),
                Arguments.of("/v1/cases/{id}/needs", "caseId"),
                Arguments.of("/v1/cases/{id}/outcome-reviews", "caseId"),
                Arguments.of("/v1/cases/" + OK_ID + "/outcome-reviews/{id}", "reviewId"),
                Arguments.of("/v1/schemes/{id}", "schemeId"),
                Arguments.of("/v1/case-imports/{id}", "importId"),
                Arguments.of("/v1/retention/erasures/{id}", "jobId"),
                Arguments.of("/v1/inspections/{id}", "inspectionId"),
                Arguments.of("/v1/recommendations/{id}", "recommendationId"),
                Arguments.of("/v1/recommendations/{id}/updates", "recommendationId"),
                Arguments.of("/v1/recommendations/" + OK_ID + "/updates/{id}", "updateId"));
    }

    @ParameterizedTest
    @MethodSource("paths")
    void aMalformedIdIs400NamingTheParameter(String template, String parameter) {
        // Not a UUID; blank; the short form UUID.fromString accepts; one character too many.
        for (String bad : new String[] {"nope", "%20", "1-2-3-4-5", OK_ID + "0"}) {
            given().urlEncodingEnabled(false).header("Authorization", ADMIN)
                    .when().get(template.replace("{id}", bad))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors", hasSize(1)).body("errors[0].field", equalTo(parameter));
        }
    }

    @ParameterizedTest
    @MethodSource("paths")
    void aWellFormedIdThatDoesNotExistIs404(String template, String parameter) {
        given().header("Authorization", ADMIN)
                .when().get(template.replace("{id}", UUID.randomUUID().toString()))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void writesToAMalformedCaseOrSchemeIdAre400Too() {
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"")
                .when().delete("/v1/cases/not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("caseId"));
        given().header("Authorization", ADMIN).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"name\":\"x\"}")
                .when().patch("/v1/schemes/not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("schemeId"));
    }
}
