package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A recommendation linked to a live figure shows the figure's current value; unknown keys are refused. */
@QuarkusTest
class EvidenceFigureTest {

    @Test
    void showsTheCurrentValueOfTheLinkedFigure() {
        String inspection = Register.createInspection(LocalDate.now().minusDays(3));
        Map<String, Object> body = Register.recommendation("1");
        body.put("evidenceFigure", "test.inspection.figure");
        String id = Register.addRecommendation(inspection, body).then().statusCode(201)
                .body("evidenceFigure", equalTo("test.inspection.figure"))
                .body("evidenceFigureValue.value", equalTo(7.0f))
                .extract().path("id");
        TestFigures.value = 15;
        try {
            Register.get(id).then().statusCode(200)
                    .body("evidenceFigureValue.key", equalTo("test.inspection.figure"))
                    .body("evidenceFigureValue.label", equalTo("Test forces"))
                    .body("evidenceFigureValue.description", equalTo("A figure only the tests have"))
                    .body("evidenceFigureValue.value", equalTo(15.0f))
                    .body("evidenceFigureValue.outOf", equalTo(43.0f))
                    .body("evidenceFigureValue.unit", equalTo("forces"));
        } finally {
            TestFigures.value = 7;
        }
        // Lists show the figure's value too.
        given().header("Authorization", Register.ANALYST).queryParam("inspectionId", inspection)
                .when().get("/v1/recommendations").then().statusCode(200)
                .body("items[0].evidenceFigure", equalTo("test.inspection.figure"))
                .body("items[0].evidenceFigureValue.value", equalTo(7.0f))
                .body("items[0].evidenceFigureValue.outOf", equalTo(43.0f));
    }

    @Test
    void unknownKeysAre400AtWriteTime() {
        String inspection = Register.createInspection(LocalDate.now().minusDays(3));
        Map<String, Object> body = Register.recommendation("1");
        body.put("evidenceFigure", "no.such.figure");
        Register.addRecommendation(inspection, body).then().statusCode(400)
                .body("errors[0].field", equalTo("evidenceFigure"))
                .body("errors[0].message", containsString("test.inspection.figure"));
        String id = Register.add(inspection, "2");
        given().header("Authorization", Register.INSPECTOR).header("If-Match", Register.etag(id))
                .contentType(ContentType.JSON).body(Map.of("evidenceFigure", "no.such.figure"))
                .when().patch("/v1/recommendations/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("evidenceFigure"));
        given().header("Authorization", Register.INSPECTOR).header("If-Match", Register.etag(id))
                .contentType(ContentType.JSON).body(Map.of("evidenceFigure", "test.inspection.figure"))
                .when().patch("/v1/recommendations/" + id).then().statusCode(200)
                .body("evidenceFigureValue.value", equalTo(7.0f));
    }

    @Test
    void aFigureThatFailsLeavesTheRecommendationReadable() {
        String inspection = Register.createInspection(LocalDate.now().minusDays(3));
        Map<String, Object> body = Register.recommendation("1");
        body.put("evidenceFigure", "test.inspection.broken");
        String id = Register.add(inspection, body);
        Register.get(id).then().statusCode(200)
                .body("evidenceFigure", equalTo("test.inspection.broken"))
                .body("evidenceFigureValue", nullValue());
    }
}
