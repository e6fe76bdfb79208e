package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/** The oversight summary's figures, checked exactly against a fixture built on a stopped clock. */
@QuarkusTest
class OversightSummaryTest {

    String theme = Register.unique("Summary theme");
    String x = "Xaddr " + Register.unique("x");
    String y = "Yaddr " + Register.unique("y");
    String z = "Zaddr " + Register.unique("z");

    String rec(String inspectionId, String number, List<String> addressees, String target) {
        Map<String, Object> body = new HashMap<>(Register.recommendation(number));
        body.put("addressees", addressees);
        body.put("theme", theme);
        body.put("targetDate", target);
        return Register.add(inspectionId, body);
    }

    @Test
    void figuresMatchTheFixtureExactly() {
        FixedClock.at(LocalDate.of(2033, 3, 2));
        String first = Register.createInspection(LocalDate.of(2033, 3, 1));
        String r1 = rec(first, "1", List.of(x, y), "2033-05-01");
        String r2 = rec(first, "2", List.of(x), "2033-06-20");
        String r3 = rec(first, "3", List.of(y), "2033-08-15");
        String r4 = rec(first, "4", List.of(x), "2033-05-01");
        String r5 = rec(first, "5", List.of(z), null);
        FixedClock.at(LocalDate.of(2033, 3, 20));
        OversightRulesTest.respond(r2, "AGREED", LocalDate.of(2033, 3, 20)).then().statusCode(200);
        FixedClock.at(LocalDate.of(2033, 4, 1));
        OversightRulesTest.respond(r4, "AGREED", LocalDate.of(2033, 4, 1)).then().statusCode(200);
        Register.move(r4, "IN_PROGRESS");
        Register.move(r4, "IMPLEMENTED");
        FixedClock.at(LocalDate.of(2033, 4, 27));
        OversightRulesTest.respond(r3, "NOT_AGREED", LocalDate.of(2033, 4, 27)).then().statusCode(200);
        FixedClock.at(LocalDate.of(2033, 4, 28));
        Register.move(r5, "WITHDRAWN");
        FixedClock.at(LocalDate.of(2033, 5, 21));
        String second = Register.createInspection(LocalDate.of(2033, 5, 20));
        rec(second, "1", List.of(x), "2033-06-01");
        FixedClock.at(LocalDate.of(2033, 5, 25));
        Register.move(r2, "IN_PROGRESS");
        Register.move(r3, "IN_PROGRESS");
        FixedClock.at(LocalDate.of(2033, 5, 26));
        String empty = Register.createInspection(LocalDate.of(2033, 5, 26));
        FixedClock.at(LocalDate.of(2033, 6, 1));
        Register.get(r1).then().statusCode(200);

        // Across both inspections (their recommendations share a theme of their own).
        JsonPath all = summary("theme", theme);
        assertEquals("2033-06-01", all.getString("asOf"));
        //              total open inProgress implemented partly not superseded withdrawn
        assertStatus(all, "totals.byStatus", 6, 2, 2, 1, 0, 0, 0, 1);
        //               overdue due30 due90 late stale red amber green
        assertTracking(all, "totals", 1, 2, 3, 3, 1, 1, 2, 1);
        assertEquals(List.of(x, y, z), all.getList("byAddressee.addressee"));
        assertStatus(all, "byAddressee[0].byStatus", 4, 2, 1, 1, 0, 0, 0, 0);
        assertStatus(all, "byAddressee[1].byStatus", 2, 1, 1, 0, 0, 0, 0, 0);
        assertStatus(all, "byAddressee[2].byStatus", 1, 0, 0, 0, 0, 0, 0, 1);
        assertEquals(List.of(second, first), all.getList("inspections.inspectionId"));
        assertEquals("2033-05-20", all.getString("inspections[0].publishedOn"));
        assertStatus(all, "inspections[0].counts.byStatus", 1, 1, 0, 0, 0, 0, 0, 0);
        assertTracking(all, "inspections[0].counts", 0, 1, 1, 0, 0, 0, 1, 0);
        assertStatus(all, "inspections[1].counts.byStatus", 5, 1, 2, 1, 0, 0, 0, 1);
        assertTracking(all, "inspections[1].counts", 1, 1, 2, 3, 1, 1, 1, 1);

        // One inspection.
        JsonPath one = summary("inspectionId", first);
        assertStatus(one, "totals.byStatus", 5, 1, 2, 1, 0, 0, 0, 1);
        assertTracking(one, "totals", 1, 1, 2, 3, 1, 1, 1, 1);
        assertEquals(List.of(first), one.getList("inspections.inspectionId"));
        assertEquals(List.of(x, y, z), one.getList("byAddressee.addressee"));
        assertStatus(one, "byAddressee[0].byStatus", 3, 1, 1, 1, 0, 0, 0, 0);

        // One addressee.
        JsonPath forY = summary("addressee", y.toLowerCase());
        assertStatus(forY, "totals.byStatus", 2, 1, 1, 0, 0, 0, 0, 0);
        assertTracking(forY, "totals", 1, 0, 1, 2, 1, 1, 0, 1);
        assertEquals(List.of(first), forY.getList("inspections.inspectionId"));
        // byAddressee lists every addressee of the matching recommendations (r1 is also addressed to x).
        assertEquals(List.of(x, y), forY.getList("byAddressee.addressee"));

        // An inspection without recommendations is listed with zeros.
        JsonPath none = summary("inspectionId", empty);
        assertEquals(List.of(empty), none.getList("inspections.inspectionId"));
        assertStatus(none, "inspections[0].counts.byStatus", 0, 0, 0, 0, 0, 0, 0, 0);
        assertTracking(none, "totals", 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(List.of(), none.getList("byAddressee"));

        // A day later r2's date is 18 days away, r6 is overdue, and r1 is still the only stale one.
        FixedClock.at(LocalDate.of(2033, 6, 2));
        assertTracking(summary("theme", theme), "totals", 2, 1, 2, 3, 1, 2, 1, 1);
    }

    @Test
    void everyRoleMayReadItAndBadFiltersAre400() {
        for (String role : Roles.ALL) {
            given().header("Authorization", Tokens.bearer(role)).queryParam("theme", theme)
                    .when().get("/v1/oversight/summary").then().statusCode(200);
        }
        given().header("Authorization", Register.OVERSIGHT).queryParam("inspectionId", "nope")
                .when().get("/v1/oversight/summary").then().statusCode(400);
        given().header("Authorization", Register.OVERSIGHT).queryParam("priority", "SOON")
                .when().get("/v1/oversight/summary").then().statusCode(400);
        given().when().get("/v1/oversight/summary").then().statusCode(401);
    }

    static JsonPath summary(String name, String value) {
        return given().header("Authorization", Register.OVERSIGHT).queryParam(name, value)
                .when().get("/v1/oversight/summary").then().statusCode(200).extract().jsonPath();
    }

    static void assertStatus(JsonPath json, String path, int total, int open, int inProgress, int implemented,
            int partly, int not, int superseded, int withdrawn) {
        assertEquals(List.of(total, open, inProgress, implemented, partly, not, superseded, withdrawn),
                List.of(json.getInt(path + ".total"), json.getInt(path + ".open"), json.getInt(path + ".inProgress"),
                        json.getInt(path + ".implemented"), json.getInt(path + ".partlyImplemented"),
                        json.getInt(path + ".notImplemented"), json.getInt(path + ".superseded"),
                        json.getInt(path + ".withdrawn")), path);
    }

    static void assertTracking(JsonPath json, String path, int overdue, int due30, int due90, int late, int stale,
            int red, int amber, int green) {
        assertEquals(List.of(overdue, due30, due90, late, stale, red, amber, green),
                List.of(json.getInt(path + ".overdue"), json.getInt(path + ".dueIn30Days"),
                        json.getInt(path + ".dueIn90Days"), json.getInt(path + ".lateResponses"),
                        json.getInt(path + ".stale"), json.getInt(path + ".red"), json.getInt(path + ".amber"),
                        json.getInt(path + ".green")), path);
    }
}
