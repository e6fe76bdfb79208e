package org.iom.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataTest {

    @Test
    void listsThe43ForcesWithWalesAndEngland() {
        given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .when().get("/v1/police-forces")
                .then().statusCode(200)
                .contentType("application/json")
                .body("items", hasSize(43))
                .body("items.findAll { it.country == 'WALES' }.id",
                        contains("dyfed-powys", "gwent", "north-wales", "south-wales"))
                .body("items.id", hasItems("metropolitan", "city-of-london", "west-midlands", "hampshire"));
    }

    @Test
    void everyRoleMayReadReferenceData() {
        for (String role : Roles.ALL) {
            given().header("Authorization", Tokens.bearer(role))
                    .when().get("/v1/probation-regions")
                    .then().statusCode(200).body("items", hasSize(12));
        }
    }

    @Test
    void keepsFormerNamesOfARenamedForce() {
        given().header("Authorization", Tokens.bearer(Roles.ANALYST))
                .when().get("/v1/police-forces/hampshire")
                .then().statusCode(200)
                .body("name", equalTo("Hampshire and Isle of Wight Constabulary"))
                .body("names.name", contains("Hampshire Constabulary", "Hampshire and Isle of Wight Constabulary"))
                .body("names[1].validTo", nullValue());
    }

    @Test
    void regionsCarryTheirCaseSystemCodes() {
        given().header("Authorization", Tokens.bearer(Roles.PRACTITIONER))
                .when().get("/v1/probation-regions")
                .then().statusCode(200)
                .body("items.code", contains("N03", "N07", "N50", "N51", "N52", "N53", "N54", "N55", "N56", "N57",
                        "N58", "N59"));
        given().header("Authorization", Tokens.bearer(Roles.PRACTITIONER))
                .when().get("/v1/probation-regions/N57")
                .then().statusCode(200).body("name", equalTo("Kent, Surrey and Sussex"));
    }

    @Test
    void unknownIdsAreProblem404s() {
        given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .when().get("/v1/police-forces/atlantis")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", startsWith("https://"))
                .body("instance", equalTo("/v1/police-forces/atlantis"));
        given().header("Authorization", Tokens.bearer(Roles.ADMIN))
                .when().get("/v1/probation-regions/N99")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void noTokenIs401WithAProblemBody() {
        given().when().get("/v1/police-forces")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("title", equalTo("Authentication required"))
                .body("status", equalTo(401));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Tokens.builder("mallory", java.util.Set.of(Roles.ADMIN)).sign(generator.generateKeyPair().getPrivate());
        given().header("Authorization", "Bearer " + forged)
                .when().get("/v1/police-forces")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
