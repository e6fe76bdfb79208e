package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.iom.common.devdb.EmbeddedRoles;
import org.junit.jupiter.api.Test;

/**
 * The register's reference data (V10) is in every database, with no demo data: the 2020 IOM inspection with "3 of 11
 * recorded", its findings with live values, and the two other reports of the same journal issue. The test profile
 * migrates db/migration only (no db/demo); a second, brand-new database migrated the same way holds the same.
 */
@QuarkusTest
class ReferenceRegisterTest {

    static final String IOM_2020 = "01700000-0000-7000-8000-000000000001";
    static final String CHILDREN_IN_CUSTODY = "01700000-0000-7000-8000-000000000002";
    static final String JTAI = "01700000-0000-7000-8000-000000000003";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void the2020InspectionShowsThreeOfElevenRecordedAndItsFindingsWithLiveValues() {
        given().header("Authorization", Register.INSPECTOR).when().get("/v1/inspections/" + IOM_2020)
                .then().statusCode(200)
                .body("inspectorates", contains("HMI_PROBATION", "HMICFRS"))
                .body("kind", equalTo("THEMATIC"))
                .body("recommendationCount", equalTo(3))
                .body("recommendationsDeclared", equalTo(11))
                .body("detailsVerified", equalTo(false))
                .body("source", containsString("Probation Journal 67(2), June 2020"))
                .body("summary", containsString("not verified"));
        given().header("Authorization", Register.ANALYST).queryParam("publishedFrom", "2020-01-01")
                .queryParam("publishedTo", "2020-12-31").queryParam("limit", 200)
                .when().get("/v1/inspections").then().statusCode(200)
                .body("items.id", hasItems(IOM_2020, CHILDREN_IN_CUSTODY, JTAI));
        given().header("Authorization", Register.ANALYST).queryParam("inspectionId", IOM_2020)
                .when().get("/v1/recommendations").then().statusCode(200)
                .body("items.number", contains("U-1", "U-2", "U-3"))
                .body("items.textVerified", everyItem(equalTo(false)))
                .body("items[0].text", containsString("independent evaluation"))
                .body("items[0].evidenceFigureValue.key", equalTo("statistics.coverage.forces"))
                .body("items[0].evidenceFigureValue.outOf", equalTo(43.0f))
                .body("items[1].text", containsString("needs of service users"))
                .body("items[2].text", containsString("national oversight group"));
        given().header("Authorization", Register.OVERSIGHT).queryParam("inspectionId", IOM_2020)
                .when().get("/v1/oversight/summary").then().statusCode(200)
                .body("inspections[0].recommendationsDeclared", equalTo(11))
                .body("inspections[0].counts.byStatus.total", equalTo(3));
        given().header("Authorization", Register.ANALYST).when().get("/v1/inspections/" + IOM_2020 + "/findings")
                .then().statusCode(200)
                .body("inspectionTitle", equalTo("A joint thematic inspection of Integrated Offender Management"))
                .body("items.position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9))
                .body("items.baseline.text", contains("125", "not known", "14 of 43", "5%", "65%", "5%", "75%",
                        "20 of 58", "not reported"))
                .body("items.baseline.kind", contains("NUMBER", "NOT_KNOWN", "COUNT_OF_TOTAL", "SHARE", "SHARE",
                        "SHARE", "SHARE", "COUNT_OF_TOTAL", "NOT_REPORTED"))
                .body("items.verified", everyItem(equalTo(false)))
                .body("items.page", everyItem(nullValue()))
                .body("items.live", everyItem(notNullValue()))
                .body("items[2].liveFigure", equalTo("statistics.coverage.forces"))
                .body("items[2].live.outOf", equalTo(43.0f))
                .body("items[0].live.key", equalTo("statistics.coverage.schemes"))
                .body("items[0].live.source", containsString("/v1/statistics/coverage?asOf="));
    }

    @Test
    void theTwoOtherReportsAreInTheRegisterWithNoRecommendations() {
        for (String id : List.of(CHILDREN_IN_CUSTODY, JTAI)) {
            given().header("Authorization", Register.ANALYST).when().get("/v1/inspections/" + id)
                    .then().statusCode(200)
                    .body("recommendationCount", equalTo(0))
                    .body("recommendationsDeclared", nullValue())
                    .body("detailsVerified", equalTo(false))
                    .body("summary", containsString("not verified"));
            given().header("Authorization", Register.ANALYST).when().get("/v1/inspections/" + id + "/findings")
                    .then().statusCode(200).body("items.size()", equalTo(0));
        }
        given().header("Authorization", Register.ANALYST).when().get("/v1/inspections/" + CHILDREN_IN_CUSTODY)
                .then().body("title", containsString("Children in custody"))
                .body("inspectorates", contains("HMI_PRISONS")).body("kind", equalTo("SURVEY_ANALYSIS"));
        given().header("Authorization", Register.ANALYST).when().get("/v1/inspections/" + JTAI)
                .then().body("title", equalTo("Multi-agency response to child sexual abuse in the family environment"))
                .body("inspectorates", contains("OFSTED", "CQC", "HMICFRS", "HMI_PROBATION"))
                .body("kind", equalTo("JOINT_TARGETED_AREA"));
    }

    @Test
    void aBrandNewDatabaseMigratedWithoutDemoDataHoldsTheSame() throws Exception {
        String name = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " owner " + EmbeddedRoles.OWNER);
        }
        String freshUrl = url.substring(0, url.lastIndexOf('/') + 1) + name;
        // As the service migrates: the owner runs db/migration (no db/demo), granting the runtime role (ADR 0031).
        Flyway.configure().dataSource(freshUrl, EmbeddedRoles.OWNER, EmbeddedRoles.OWNER)
                .placeholders(Map.of("runtime_role", EmbeddedRoles.RUNTIME))
                .locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(freshUrl, EmbeddedRoles.OWNER, EmbeddedRoles.OWNER);
                Statement s = c.createStatement()) {
            assertEquals("3 of 11, 9 findings, 3 inspections", one(s, """
                    select (select count(*) from recommendation where inspection_id = '%s') || ' of '
                           || (select recommendations_declared from inspection where id = '%s') || ', '
                           || (select count(*) from inspection_finding where inspection_id = '%s') || ' findings, '
                           || (select count(*) from inspection) || ' inspections'""".formatted(IOM_2020, IOM_2020,
                    IOM_2020)));
            assertEquals("0", one(s, "select count(*) from scheme"), "no demo schemes");
        } finally {
            try (Connection c = superuser(); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name);
            }
        }
    }

    /** The embedded cluster's superuser, who may create databases (neither service role may). */
    private Connection superuser() throws Exception {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
