package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The dev-profile demo data (db/demo/R__demo_inspections.sql) is valid against the schema, idempotent, and holds the
 * 2020 inspection with its three known recommendations marked unverified.
 */
@QuarkusTest
class DemoDataTest {

    @Inject
    AgroalDataSource db;

    @Test
    void demoDataLoadsTwiceAndShowsThe2020Inspection() throws Exception {
        String script = Files.readString(Path.of("src/main/resources/db/demo/R__demo_inspections.sql"),
                StandardCharsets.UTF_8);
        for (int run = 0; run < 2; run++) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute(script);
            }
        }
        String id = "01700000-0000-7000-8000-000000000001";
        given().header("Authorization", Register.ANALYST).when().get("/v1/inspections/" + id)
                .then().statusCode(200)
                .body("inspectorates", contains("HMI_PROBATION", "HMICFRS"))
                .body("publishedOn", equalTo("2020-02-01"))
                .body("recommendationCount", equalTo(3));
        given().header("Authorization", Register.ANALYST).queryParam("inspectionId", id)
                .when().get("/v1/recommendations").then().statusCode(200)
                .body("items.number", contains("U-1", "U-2", "U-3"))
                .body("items.textVerified", everyItem(equalTo(false)))
                .body("items[0].text", containsString("independent evaluation"))
                .body("items[1].text", containsString("needs of service users"))
                .body("items[2].text", containsString("national oversight group"));
        given().header("Authorization", Register.ANALYST).queryParam("q", "(fictional demo)")
                .when().get("/v1/inspections").then().statusCode(200)
                .body("items.title", everyItem(containsString("(fictional demo)")));
        given().header("Authorization", Register.ANALYST)
                .when().get("/v1/recommendations/01900000-0000-7000-8000-000000000201/updates").then().statusCode(200)
                .body("items.type", contains("TARGET_DATE_REVISION", "STATUS_CHANGE", "TARGET_DATE_REVISION",
                        "TARGET_DATE_REVISION"));
    }
}
