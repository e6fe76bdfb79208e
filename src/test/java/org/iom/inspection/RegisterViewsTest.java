package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iom.common.AppClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register's stale, responseLate and changedSince filters and fields, on a fixture with every case. Today is
 * 2033-06-01 (stale: last update before 2033-03-04); the inspection was published 2033-01-10 (response due
 * 2033-03-07); S = 2033-05-01T00:00:00Z. Every recommendation is created on 2033-01-15.
 * <pre>
 * r1 target 2033-05-01 (overdue: RED), no update, no response          stale  late      not changed
 * r2 target 2034-01-01, response of 2033-02-01 recorded then            AMBER (stale), not late, not changed
 * r3 target 2034-01-01, response of 2033-02-20, comment at exactly S    GREEN, not stale, not late, changed (at S)
 * r4 target 2033-06-15 (due soon), response of 2033-03-20 (after due) AMBER, not stale, late, not changed
 * r5 IMPLEMENTED on 2033-05-10, no response                            no RAG, not stale, late, changed
 * r6 target moved twice on 2033-05-15, response of 2033-03-07 (on due) RED, not stale, not late, changed
 * r7 no target, no update, no response                                 AMBER (stale), late, not changed
 * r8 text edited on 2033-05-02 (no timeline entry), no response        AMBER (stale), late, changed (by the edit)
 * </pre>
 */
@QuarkusTest
class RegisterViewsTest {

    static final Instant S = Instant.parse("2033-05-01T00:00:00Z");

    String inspection;
    List<String> r = new ArrayList<>();

    @BeforeEach
    void fixture() {
        at(LocalDate.of(2033, 1, 15));
        inspection = Register.createInspection(LocalDate.of(2033, 1, 10));
        String[] targets = {"2033-05-01", "2034-01-01", "2034-01-01", "2033-06-15", "2034-01-01", "2034-01-01", null,
                "2034-01-01"};
        for (int i = 0; i < targets.length; i++) {
            Map<String, Object> body = Register.recommendation(Integer.toString(i + 1));
            body.put("targetDate", targets[i]);
            r.add(Register.add(inspection, body));
        }
        at(LocalDate.of(2033, 2, 1));
        respond(r.get(1), "2033-02-01");
        at(LocalDate.of(2033, 2, 20));
        respond(r.get(2), "2033-02-20");
        at(LocalDate.of(2033, 3, 7));
        respond(r.get(5), "2033-03-07");
        at(LocalDate.of(2033, 3, 20));
        respond(r.get(3), "2033-03-20");
        at(LocalDate.of(2033, 4, 1));
        Register.post(r.get(3), Register.comment("Progress")).then().statusCode(201);
        FixedClock.at(S);
        Register.post(r.get(2), Register.comment("Progress at the meeting")).then().statusCode(201);
        at(LocalDate.of(2033, 5, 2));
        given().header("Authorization", Register.INSPECTOR).header("If-Match", Register.etag(r.get(7)))
                .contentType(ContentType.JSON).body(Map.of("text", "Corrected text"))
                .when().patch("/v1/recommendations/" + r.get(7)).then().statusCode(200);
        at(LocalDate.of(2033, 5, 10));
        Register.move(r.get(4), "IN_PROGRESS");
        Register.move(r.get(4), "IMPLEMENTED");
        at(LocalDate.of(2033, 5, 15));
        Register.post(r.get(5), Register.revision(LocalDate.of(2034, 2, 1), "First move")).then().statusCode(201);
        Register.post(r.get(5), Register.revision(LocalDate.of(2034, 3, 1), "Second move")).then().statusCode(201);
        at(LocalDate.of(2033, 6, 1));
    }

    @Test
    void everyFilterSelectsExactlyTheRightRecommendations() {
        assertEquals(of(1, 6), ids("rag", "RED"));
        assertEquals(of(2, 4, 7, 8), ids("rag", "AMBER"));
        assertEquals(of(3), ids("rag", "GREEN"));
        assertEquals(of(1, 2, 7, 8), ids("stale", "true"));
        assertEquals(of(3, 4, 5, 6), ids("stale", "false"));
        assertEquals(of(1, 4, 5, 7, 8), ids("responseLate", "true"));
        assertEquals(of(2, 3, 6), ids("responseLate", "false"));
        assertEquals(of(3, 5, 6, 8), ids("changedSince", S.toString()));
        assertEquals(of(5, 6, 8), ids("changedSince", S.plusSeconds(1).toString()));
        assertEquals(of(2), ids("stale", "true", "responseLate", "false"));
        assertEquals(of(6), ids("changedSince", S.toString(), "rag", "RED", "stale", "false"));
        assertEquals(of(8), ids("changedSince", S.toString(), "stale", "true"));
    }

    @Test
    void theFieldsShowWhatTheFiltersSelectOnInJsonAndCsv() {
        given().header("Authorization", Register.ANALYST).when().get("/v1/recommendations/" + r.get(7))
                .then().statusCode(200).body("stale", equalTo(true)).body("responseLate", equalTo(true))
                .body("changedAt", equalTo("2033-05-02T11:00:00Z"))
                .body("lastUpdatedAt", equalTo("2033-01-15T12:00:00Z"));
        given().header("Authorization", Register.ANALYST).when().get("/v1/recommendations/" + r.get(2))
                .then().statusCode(200).body("stale", equalTo(false)).body("changedAt", equalTo(S.toString()));
        List<List<String>> csv = Csv.parse(given().header("Authorization", Register.ANALYST).accept("text/csv")
                .queryParam("inspectionId", inspection).when().get("/v1/recommendations").then().statusCode(200)
                .extract().asString());
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (int i = 1; i < csv.size(); i++) {
            byId.put(Csv.row(csv, i).get("id"), Csv.row(csv, i));
        }
        assertEquals("true", byId.get(r.get(0)).get("stale"));
        assertEquals("false", byId.get(r.get(2)).get("stale"));
        assertEquals("2033-05-02T11:00:00Z", byId.get(r.get(7)).get("changedAt"));
    }

    @Test
    void badValuesAre400NamingTheParameter() {
        for (String[] bad : List.of(new String[] {"stale", "maybe"}, new String[] {"responseLate", "2"},
                new String[] {"changedSince", "2033-05-01"})) {
            given().header("Authorization", Register.ANALYST).queryParam(bad[0], bad[1])
                    .when().get("/v1/recommendations").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
        }
    }

    private List<String> ids(String... params) {
        var spec = given().header("Authorization", Register.ANALYST).queryParam("inspectionId", inspection)
                .queryParam("limit", 200);
        for (int i = 0; i < params.length; i += 2) {
            spec = spec.queryParam(params[i], params[i + 1]);
        }
        List<String> found = spec.when().get("/v1/recommendations").then().statusCode(200).extract()
                .path("items.id");
        List<String> ids = new ArrayList<>(found);
        ids.sort(null);
        return ids;
    }

    private List<String> of(int... numbers) {
        List<String> ids = new ArrayList<>();
        for (int n : numbers) {
            ids.add(r.get(n - 1));
        }
        ids.sort(null);
        return ids;
    }

    private static void respond(String id, String decidedOn) {
        given().header("Authorization", Register.OVERSIGHT).header("If-Match", Register.etag(id))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "AGREED", "decidedOn", decidedOn, "rationale", "Agreed"))
                .when().put("/v1/recommendations/" + id + "/response").then().statusCode(200);
    }

    /** Noon, UK time, of the day. */
    private static void at(LocalDate day) {
        FixedClock.at(day.atTime(LocalTime.NOON).atZone(AppClock.UK).toInstant());
    }
}
