package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * The dev-profile demo data (db/demo/R__demo_inspections.sql) is valid against the schema, idempotent, and adds only
 * fictional inspections on top of the shipped reference data.
 */
@QuarkusTest
class DemoDataTest {

    @Inject AgroalDataSource db;

    @Test
    void demoDataLoadsTwiceAndLeavesTheShippedReferenceDataAlone() throws Exception {
        String script = Files.readString(Path.of("src/main/resources/db/demo/R__demo_inspections.sql"),
                StandardCharsets.UTF_8);
        // The 2020 inspection is shipped reference data (V10): the demo data no longer carries it.
        assertFalse(script.contains("01700000-"), "demo data must not duplicate the V10 reference data");
        for (int run = 0; run < 2; run++) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute(script);
            }
        }
        given().header("Authorization", Register.ANALYST).when()
                .get("/v1/inspections/01700000-0000-7000-8000-000000000001")
                .then().statusCode(200).body("recommendationCount", equalTo(3))
                .body("recommendationsDeclared", equalTo(11));
        given().header("Authorization", Register.ANALYST).queryParam("q", "(fictional demo)")
                .when().get("/v1/inspections").then().statusCode(200)
                .body("items.title", everyItem(containsString("(fictional demo)")));
        given().header("Authorization", Register.ANALYST)
                .when().get("/v1/recommendations/01900000-0000-7000-8000-000000000201/updates").then().statusCode(200)
                .body("items.type", contains("TARGET_DATE_REVISION", "STATUS_CHANGE", "TARGET_DATE_REVISION",
                        "TARGET_DATE_REVISION"));
    }
}
