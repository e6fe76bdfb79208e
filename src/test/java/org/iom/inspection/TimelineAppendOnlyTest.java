package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The timeline is append-only: the API offers no edit or delete, and the database refuses both. */
@QuarkusTest
class TimelineAppendOnlyTest {

    @Inject AgroalDataSource db;

    @Test
    void theApiHasNoEditOrDelete() {
        String id = Register.add(Register.createInspection(LocalDate.now().minusDays(1)), "1");
        var created = Register.post(id, Register.comment("first")).then().statusCode(201).extract();
        String entry = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/v1/recommendations/" + id + "/updates/" + entry),
                created.header("Location"));
        Register.post(id, Register.comment("second")).then().statusCode(201);
        String url = "/v1/recommendations/" + id + "/updates/" + entry;
        given().header("Authorization", Register.ADMIN).when().get(url).then().statusCode(200)
                .body("note", equalTo("first"));
        given().header("Authorization", Register.ADMIN).contentType(ContentType.JSON).body(Map.of("note", "changed"))
                .when().put(url).then().statusCode(405);
        given().header("Authorization", Register.ADMIN).contentType(ContentType.JSON).body(Map.of("note", "changed"))
                .when().patch(url).then().statusCode(405);
        given().header("Authorization", Register.ADMIN).when().delete(url).then().statusCode(405);
        given().header("Authorization", Register.ADMIN).when().delete("/v1/recommendations/" + id + "/updates")
                .then().statusCode(405);
        given().header("Authorization", Register.ADMIN).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200).body("items.note", contains("first", "second"));
        // An entry of another recommendation is not found under this one.
        String other = Register.add(Register.createInspection(LocalDate.now().minusDays(1)), "1");
        given().header("Authorization", Register.ADMIN).when().get("/v1/recommendations/" + other + "/updates/" + entry)
                .then().statusCode(404);
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() throws SQLException {
        String id = Register.add(Register.createInspection(LocalDate.now().minusDays(1)), "1");
        Register.post(id, Register.comment("on the record")).then().statusCode(201);
        for (String sql : List.of("update recommendation_update set note = 'rewritten' where recommendation_id = ?",
                "delete from recommendation_update where recommendation_id = ?")) {
            SQLException e = assertThrows(SQLException.class, () -> execute(sql, id));
            assertEquals("42501", e.getSQLState(), e.getMessage());
        }
        SQLException truncate = assertThrows(SQLException.class, () -> execute("truncate recommendation_update", null));
        assertEquals("42501", truncate.getSQLState());
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select note from recommendation_update where recommendation_id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals("on the record", rs.getString(1));
            }
        }
    }

    @Test
    void paging() {
        String id = Register.add(Register.createInspection(LocalDate.now().minusDays(1)), "1");
        for (int k = 1; k <= 3; k++) {
            Register.post(id, Register.comment("note " + k)).then().statusCode(201);
        }
        String cursor = given().header("Authorization", Register.ANALYST).queryParam("limit", 2)
                .when().get("/v1/recommendations/" + id + "/updates").then().statusCode(200)
                .body("items.note", contains("note 1", "note 2")).extract().path("nextCursor");
        given().header("Authorization", Register.ANALYST).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/v1/recommendations/" + id + "/updates").then().statusCode(200)
                .body("items.note", contains("note 3")).body("nextCursor", equalTo(null));
        given().header("Authorization", Register.ANALYST).queryParam("limit", 500)
                .when().get("/v1/recommendations/" + id + "/updates").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private void execute(String sql, String id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setObject(1, UUID.fromString(id));
            }
            s.executeUpdate();
        }
    }
}
