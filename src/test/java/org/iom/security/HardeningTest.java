package org.iom.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** OWASP API4/API8: body size limit, no internals in error responses, no Dev UI outside dev mode. */
@QuarkusTest
class HardeningTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);
    static final List<String> INTERNALS = List.of("exception", "org.hibernate", "org.postgresql", "com.fasterxml",
            "java.", "sqlstate", "select ", "at org.", "jdbc");

    static void noInternals(String name, Response r) {
        String body = r.asString().toLowerCase(Locale.ROOT);
        for (String s : INTERNALS) {
            assertFalse(body.contains(s), name + ": response shows internals (" + s + "): " + r.asString());
        }
    }

    @Test
    void anOverlongBodyIs413Problem() {
        String huge = "{\"crn\":\"" + "A".repeat(1_100_000) + "\"}";
        Response r = given().header("Authorization", ADMIN).contentType("application/json").body(huge)
                .when().post("/v1/cases");
        assertEquals(413, r.statusCode());
        assertTrue(r.contentType().startsWith("application/problem+json"), "413 content type: " + r.contentType());
        assertEquals(413, r.jsonPath().getInt("status"));
        noInternals("413", r);
    }

    @Test
    void malformedAndHostileInputIsA4xxWithoutInternals() {
        Response malformed = given().header("Authorization", ADMIN).contentType("application/json")
                .body("{\"schemeId\": [1,2,{").when().post("/v1/cases");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        noInternals("malformed JSON", malformed);

        String injection = "X' or '1'='1";
        for (String param : List.of("crn", "schemeId", "policeForceId", "probationRegionCode", "cohort", "status",
                "riskOfSeriousHarm", "rag", "selectedFrom", "selectedTo", "reviewOverdue", "limit", "cursor")) {
            Response r = given().header("Authorization", ADMIN).queryParam(param, injection).when().get("/v1/cases");
            assertEquals(400, r.statusCode(), param + ": " + r.asString());
            assertTrue(r.asString().contains(param), param + " is not named: " + r.asString());
            noInternals(param, r);
        }
        Response audit = given().header("Authorization", Tokens.bearer(Roles.AUDITOR)).queryParam("actor", injection)
                .when().get("/v1/audit-events");
        assertEquals(200, audit.statusCode(), "a text filter is bound, not spliced: " + audit.asString());
        assertEquals(List.of(), audit.path("items"));
    }

    @Test
    void noDevUiOutsideDevMode() {
        for (String path : List.of("/q/dev-ui", "/q/dev", "/q/dev-ui/extensions")) {
            int status = given().when().get(path).statusCode();
            assertEquals(404, status, path);
        }
    }
}
