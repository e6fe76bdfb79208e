package org.iom.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An operation answers 400 to a query parameter it does not take, and to a repeat of one that takes a single value,
 * naming each. A misspelt filter must not silently widen a list of case data (every case listed is logged as consulted).
 */
@QuarkusTest
class QueryParameterCheckTest {

    /** A GET operation, a role that may call it, and one query parameter it takes a single value of. */
    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of("/v1/cases", Roles.ADMIN, "status", "ACTIVE"),
                Arguments.of("/v1/schemes", Roles.ADMIN, "status", "ACTIVE"),
                Arguments.of("/v1/inspections", Roles.INSPECTOR, "limit", "5"),
                Arguments.of("/v1/recommendations", Roles.OVERSIGHT, "limit", "5"),
                Arguments.of("/v1/oversight/summary", Roles.OVERSIGHT, "theme", "x"),
                Arguments.of("/v1/audit-events", Roles.AUDITOR, "limit", "5"),
                Arguments.of("/v1/statistics/caseload", Roles.ANALYST, "groupBy", "FORCE"));
    }

    @ParameterizedTest
    @MethodSource("operations")
    void anUnknownParameterIs400NamingIt(String path, String role, String known, String value) {
        given().header("Authorization", Tokens.bearer(role)).queryParam(known, value).queryParam("stauts", "ACTIVE")
                .when().get(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("stauts"))
                .body("errors[0].message", containsString(known));
    }

    @ParameterizedTest
    @MethodSource("operations")
    void aRepeatedSingleValuedParameterIs400(String path, String role, String known, String value) {
        given().header("Authorization", Tokens.bearer(role)).queryParam(known, value, value)
                .when().get(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(known)).body("errors[0].message", containsString("only once"));
    }

    @ParameterizedTest
    @MethodSource("operations")
    void theParametersItTakesAreAnswered(String path, String role, String known, String value) {
        given().header("Authorization", Tokens.bearer(role)).queryParam(known, value)
                .when().get(path)
                .then().statusCode(200);
    }

    @Test
    void anOperationThatTakesNoParametersSaysSo() {
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).queryParam("limit", "5")
                .when().get("/v1/police-forces/hampshire")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", containsString("takes no query parameters"));
    }

    @Test
    void aListParameterMayRepeatAndEveryProblemIsNamed() {
        String scheme = Fixtures.scheme().id().toString();
        given().header("Authorization", Tokens.bearer(Roles.ANALYST)).queryParam("schemeId", scheme, scheme)
                .when().get("/v1/statistics/caseload")
                .then().statusCode(200);
        given().header("Authorization", Tokens.bearer(Roles.ADMIN)).queryParam("colour", "red").queryParam("size", "L")
                .when().get("/v1/cases")
                .then().statusCode(400).body("errors.field", hasItems("colour", "size"));
    }

    @Test
    void withoutATokenItIsStill401() {
        given().queryParam("stauts", "ACTIVE").when().get("/v1/cases").then().statusCode(401);
    }
}
