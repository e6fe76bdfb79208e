package org.iom.statistics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.iom.statistics.StatisticsTestSupport.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.iom.security.Roles;
import org.junit.jupiter.api.Test;

/** Who may ask for statistics, and the 400 problems for every bad parameter. */
@QuarkusTest
class StatisticsRequestsTest {

    static final String[] PATHS = {"caseload", "outcomes", "needs", "coverage"};

    @Test
    void analystsOversightAdminsAndPractitionersMayAskOthersMayNot() {
        for (String path : PATHS) {
            for (String role : new String[] {Roles.ANALYST, Roles.OVERSIGHT, Roles.ADMIN, Roles.PRACTITIONER}) {
                as(role).when().get("/v1/statistics/" + path).then().statusCode(200);
            }
            for (String role : new String[] {Roles.INSPECTOR, Roles.AUDITOR}) {
                as(role).when().get("/v1/statistics/" + path)
                        .then().statusCode(403).contentType("application/problem+json");
            }
            RestAssured.given().when().get("/v1/statistics/" + path)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aPractitionerWithoutSchemesSeesZeroesWithheld() {
        as(Roles.PRACTITIONER).when().get("/v1/statistics/caseload")
                .then().statusCode(200)
                .body("rows[0].group", equalTo("national"))
                .body("rows[0].active", equalTo(null))
                .body("rows[0].suppressed", hasItem("active"));
    }

    static void invalid(RequestSpecification spec, String path, String field, String message) {
        spec.when().get("/v1/statistics/" + path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body("detail", containsString(message));
    }

    @Test
    void badParametersAre400sNamingThem() {
        invalid(as(Roles.ANALYST).queryParam("groupBy", "county"), "caseload", "groupBy", "must be one of");
        invalid(as(Roles.ANALYST).queryParam("groupBy", "COHORT"), "coverage", "groupBy", "filter by cohort");
        invalid(as(Roles.ANALYST).queryParam("from", "2026-05-01").queryParam("to", "2026-04-01"), "outcomes", "from",
                "must not be after to");
        invalid(as(Roles.ANALYST).queryParam("asOf", "2026-02-30"), "needs", "asOf", "must be an ISO 8601 date");
        invalid(as(Roles.ANALYST).queryParam("asOf", "1066-10-14"), "caseload", "asOf", "must be between");
        invalid(as(Roles.ANALYST).queryParam("months", "0"), "coverage", "months", "between 1 and 120");
        invalid(as(Roles.ANALYST).queryParam("months", "121"), "coverage", "months", "between 1 and 120");
        invalid(as(Roles.ANALYST).queryParam("months", "six"), "coverage", "months", "whole number");
        invalid(as(Roles.ANALYST).queryParam("minShare", "0"), "coverage", "minShare", "greater than 0");
        invalid(as(Roles.ANALYST).queryParam("minShare", "1.5"), "coverage", "minShare", "at most 1");
        invalid(as(Roles.ANALYST).queryParam("minShare", "0.50000"), "coverage", "minShare", "at most 4 decimals");
        invalid(as(Roles.ANALYST).queryParam("minShare", "half"), "coverage", "minShare", "decimal");
        invalid(as(Roles.ANALYST).queryParam("to", "3000-01-01"), "outcomes", "to", "must be between");
        invalid(as(Roles.ANALYST).queryParam("from", "2999-12-31"), "caseload", "from", "must not be after to");
        invalid(as(Roles.ANALYST).queryParam("schemeId", "not-a-uuid"), "caseload", "schemeId", "must be a UUID");
        invalid(as(Roles.ANALYST).queryParam("schemeId", UUID.randomUUID().toString()), "needs", "schemeId",
                "no scheme");
        invalid(as(Roles.ANALYST).queryParam("policeForceId", "atlantis"), "outcomes", "policeForceId",
                "no police force");
        invalid(as(Roles.ANALYST).queryParam("probationRegionCode", "N99"), "coverage", "probationRegionCode",
                "no probation region");
        invalid(as(Roles.ANALYST).queryParam("cohort", "fixed"), "caseload", "cohort", "FIXED, FLEX, FREE");
        invalid(as(Roles.ANALYST).queryParam("grupBy", "force"), "caseload", "grupBy", "unknown query parameter");
        invalid(as(Roles.ANALYST).queryParam("months", "6"), "caseload", "months", "unknown query parameter");
        invalid(as(Roles.ANALYST).queryParam("groupBy", "FORCE", "SCHEME"), "caseload", "groupBy", "only once");
    }

    @Test
    void otherMediaTypesAre406() {
        as(Roles.ANALYST).accept("application/xml").when().get("/v1/statistics/caseload")
                .then().statusCode(406).contentType("application/problem+json");
    }
}
