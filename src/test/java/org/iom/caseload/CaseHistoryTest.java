package org.iom.caseload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iom.security.Roles;
import org.iom.support.Fixtures;
import org.iom.support.Fixtures.SchemeRef;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: every operation that changes a case, its needs or its reviews is in the case's history with the right old
 * and new values, who (subject and display name) and why; a failed change leaves nothing; the history is append-only for
 * the runtime role and emptied by the erasure.
 */
@QuarkusTest
class CaseHistoryTest {

    static final String ADMIN = Tokens.bearer(Roles.ADMIN);

    @Inject AgroalDataSource db;

    /** A practitioner of {@code scheme} whose token carries a display name. */
    static String named(String subject, String name, String... schemes) {
        return "Bearer " + Tokens.builder(subject, Set.of(Roles.PRACTITIONER), schemes).claim("name", name).sign();
    }

    static String daysAgo(int n) {
        return LocalDate.now().minusDays(n).toString();
    }

    static JsonPath history(String bearer, String caseId) {
        return given().header("Authorization", bearer).when().get("/v1/cases/" + caseId + "/history")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The changes of history entry {@code i}, field to [old, new]. */
    static Map<String, List<String>> changes(JsonPath h, int i) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        List<Map<String, String>> list = h.getList("items[" + i + "].changes");
        for (Map<String, String> c : list) {
            m.put(c.get("field"), java.util.Arrays.asList(c.get("oldValue"), c.get("newValue")));
        }
        return m;
    }

    record Selected(SchemeRef scheme, String prac, String id, Map<String, Object> body) {}

    static Selected select() {
        SchemeRef scheme = Fixtures.scheme();
        String prac = named("sub-" + scheme.code(), "Jo Okafor", scheme.code());
        Map<String, Object> body = Fixtures.caseBody(scheme.id());
        String id = given().header("Authorization", prac).header("X-Access-Reason", "Panel of 3 November")
                .contentType(ContentType.JSON).body(body).when().post("/v1/cases")
                .then().statusCode(201).body("selectedBy", equalTo("sub-" + scheme.code()))
                .body("selectedByName", equalTo("Jo Okafor")).body("updatedByName", equalTo("Jo Okafor"))
                .body("exitedBy", nullValue()).extract().path("id");
        return new Selected(scheme, prac, id, body);
    }

    @Test
    void aSelectionIsTheFirstEntryWithEveryFieldGivenWhoAndWhy() {
        Selected s = select();
        JsonPath h = history(s.prac(), s.id());
        assertEquals(1, h.getList("items").size());
        assertEquals("SELECTED", h.getString("items[0].operation"));
        assertEquals("sub-" + s.scheme().code(), h.getString("items[0].actor"));
        assertEquals("Jo Okafor", h.getString("items[0].actorName"));
        assertEquals("Panel of 3 November", h.getString("items[0].reason"));
        Map<String, List<String>> c = changes(h, 0);
        assertEquals(java.util.Arrays.asList(null, s.body().get("crn")), c.get("crn"));
        assertEquals(java.util.Arrays.asList(null, "AMBER"), c.get("rag"));
        assertEquals(java.util.Arrays.asList(null, "72"), c.get("predictorScore"));
        assertEquals(java.util.Arrays.asList(null, s.body().get("nextReviewOn")), c.get("nextReviewOn"));
    }

    @Test
    void aPatchRecordsOnlyTheFieldsItChangedWithOldAndNewValues() {
        Selected s = select();
        String other = named("sub2-" + s.scheme().code(), "Sam Reid", s.scheme().code());
        given().header("Authorization", other).header("If-Match", "\"0\"").header("X-Access-Reason", "Monthly review")
                .contentType("application/merge-patch+json")
                .body("{\"rag\": \"RED\", \"policeLead\": null, \"riskOfSeriousHarm\": \"HIGH\"}")
                .when().patch("/v1/cases/" + s.id()).then().statusCode(200)
                .body("updatedBy", equalTo("sub2-" + s.scheme().code())).body("updatedByName", equalTo("Sam Reid"))
                .body("selectedByName", equalTo("Jo Okafor"));
        // A patch that changes nothing is no change.
        given().header("Authorization", other).header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"rag\": \"RED\"}").when().patch("/v1/cases/" + s.id()).then().statusCode(200);
        JsonPath h = history(s.prac(), s.id());
        assertEquals(List.of("SELECTED", "CHANGED"), h.getList("items.operation"));
        assertEquals(Map.of("rag", List.of("AMBER", "RED"), "policeLead", java.util.Arrays.asList("PC 1234 Patel", null)),
                changes(h, 1));
        assertEquals("Sam Reid", h.getString("items[1].actorName"));
        assertEquals("Monthly review", h.getString("items[1].reason"));
    }

    @Test
    void anExitRecordsStatusDateReasonAndWho() {
        Selected s = select();
        given().header("Authorization", s.prac()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("exitedOn", daysAgo(1), "reason", "CUSTODY")).when().post("/v1/cases/" + s.id() + "/exit")
                .then().statusCode(200).body("exitedBy", equalTo("sub-" + s.scheme().code()))
                .body("exitedByName", equalTo("Jo Okafor"));
        JsonPath h = history(ADMIN, s.id());
        assertEquals("EXITED", h.getString("items[1].operation"));
        Map<String, List<String>> c = changes(h, 1);
        assertEquals(List.of("ACTIVE", "EXITED"), c.get("status"));
        assertEquals(java.util.Arrays.asList(null, daysAgo(1)), c.get("exitedOn"));
        assertEquals(java.util.Arrays.asList(null, "CUSTODY"), c.get("exitReason"));
        assertEquals(3, c.size(), c.toString());
    }

    @Test
    void needsAssessmentsRecordEachAreaThatChanged() {
        Selected s = select();
        given().header("Authorization", s.prac()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Fixtures.needsBody(daysAgo(20))).when().put("/v1/cases/" + s.id() + "/needs").then().statusCode(200);
        Map<String, Object> second = Fixtures.needsBody(daysAgo(10));
        @SuppressWarnings("unchecked") Map<String, Object> needs = (Map<String, Object>) second.get("needs");
        needs.put("ACCOMMODATION", "SEVERE");
        given().header("Authorization", s.prac()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(second).when().put("/v1/cases/" + s.id() + "/needs").then().statusCode(200);
        JsonPath h = history(s.prac(), s.id());
        assertEquals(List.of("SELECTED", "NEEDS_ASSESSED", "NEEDS_ASSESSED"), h.getList("items.operation"));
        assertEquals(11, changes(h, 1).size(), changes(h, 1).toString());
        assertEquals(java.util.Arrays.asList(null, "NO_NEED"), changes(h, 1).get("needs.ACCOMMODATION"));
        assertEquals(Map.of("assessedOn", List.of(daysAgo(20), daysAgo(10)),
                "needs.ACCOMMODATION", List.of("NO_NEED", "SEVERE")), changes(h, 2));
        assertTrue(h.getString("items[2].resourceId") != null);
    }

    @Test
    void anOutcomeReviewIsRecordedWithItsIdAndFields() {
        Selected s = select();
        String review = given().header("Authorization", s.prac()).contentType(ContentType.JSON)
                .body(Fixtures.reviewBody(daysAgo(3), daysAgo(50), daysAgo(4)))
                .when().post("/v1/cases/" + s.id() + "/outcome-reviews").then().statusCode(201).extract().path("id");
        JsonPath h = history(s.prac(), s.id());
        assertEquals("OUTCOME_REVIEW_RECORDED", h.getString("items[1].operation"));
        assertEquals(review, h.getString("items[1].resourceId"));
        Map<String, List<String>> c = changes(h, 1);
        assertEquals(java.util.Arrays.asList(null, "REDUCED"), c.get("frequency"));
        assertEquals(java.util.Arrays.asList(null, "false"), c.get("provenReoffending"));
        assertEquals(java.util.Arrays.asList(null, "Engaging well."), c.get("note"));
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        Selected s = select();
        given().header("Authorization", s.prac()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("exitedOn", LocalDate.now().plusDays(2).toString(), "reason", "CUSTODY"))
                .when().post("/v1/cases/" + s.id() + "/exit").then().statusCode(400);
        given().header("Authorization", s.prac()).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"rag\": \"PURPLE\"}").when().patch("/v1/cases/" + s.id()).then().statusCode(400);
        given().header("Authorization", s.prac()).header("If-Match", "\"7\"").contentType("application/merge-patch+json")
                .body("{\"rag\": \"RED\"}").when().patch("/v1/cases/" + s.id()).then().statusCode(412);
        assertEquals(List.of("SELECTED"), history(s.prac(), s.id()).getList("items.operation"));
    }

    @Test
    void pagesOldestFirstAndRefusesBadInput() {
        Selected s = select();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", s.prac()).header("If-Match", "\"" + i + "\"")
                    .contentType("application/merge-patch+json").body(Map.of("predictorScore", 10 + i))
                    .when().patch("/v1/cases/" + s.id()).then().statusCode(200);
        }
        var first = given().header("Authorization", s.prac()).queryParam("limit", 2)
                .when().get("/v1/cases/" + s.id() + "/history").then().statusCode(200).extract();
        assertEquals(List.of("SELECTED", "CHANGED"), first.jsonPath().getList("items.operation"));
        assertTrue(first.header("Link").contains("rel=\"next\""));
        JsonPath second = given().header("Authorization", s.prac()).queryParam("limit", 2)
                .queryParam("cursor", first.jsonPath().getString("nextCursor"))
                .when().get("/v1/cases/" + s.id() + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(List.of("10", "11"), List.of("11", "12")), List.of(
                changes(second, 0).get("predictorScore"), changes(second, 1).get("predictorScore")));
        assertNull(second.getString("nextCursor"));
        given().header("Authorization", s.prac()).queryParam("limit", 0).when().get("/v1/cases/" + s.id() + "/history")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", s.prac()).queryParam("cursor", "bm90LWEtY3Vyc29y")
                .when().get("/v1/cases/" + s.id() + "/history").then().statusCode(400).body("errors[0].field",
                        equalTo("cursor"));
        given().header("Authorization", s.prac()).when().get("/v1/cases/not-a-uuid/history").then().statusCode(400);
        given().header("Authorization", s.prac()).when().get("/v1/cases/" + Fixtures.scheme().id() + "/history")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Roles.ANALYST)).when().get("/v1/cases/" + s.id() + "/history")
                .then().statusCode(403);
    }

    @Test
    void aPractitionerOfAnotherSchemeSeesNoHistory() {
        Selected s = select();
        SchemeRef other = Fixtures.scheme();
        given().header("Authorization", Tokens.bearer(Roles.PRACTITIONER, other.code()))
                .when().get("/v1/cases/" + s.id() + "/history").then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Roles.OVERSIGHT))
                .when().get("/v1/cases/" + s.id() + "/history").then().statusCode(200);
    }

    @Test
    void theRuntimeRoleCannotChangeOrDeleteTheHistory() throws SQLException {
        Selected s = select();
        for (String sql : List.of(
                "update case_history set actor = 'someone-else' where case_id = '" + s.id() + "'",
                "delete from case_history where case_id = '" + s.id() + "'",
                "truncate case_history",
                "select erase_case_history('" + s.id() + "')")) {
            SQLException e = assertThrows(SQLException.class, () -> {
                try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                    st.execute(sql);
                }
            }, sql);
            assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
        }
        assertEquals(1, history(ADMIN, s.id()).getList("items").size());
    }

    @Test
    void erasureEmptiesTheValuesAndReasonsButKeepsTheEntries() throws SQLException {
        Selected s = select();
        given().header("Authorization", s.prac()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("exitedOn", daysAgo(1), "reason", "RISK_REDUCED")).when().post("/v1/cases/" + s.id() + "/exit")
                .then().statusCode(200);
        given().header("Authorization", ADMIN).header("If-Match", "\"1\"").header("X-Access-Reason", "ER-22")
                .when().delete("/v1/cases/" + s.id()).then().statusCode(204);
        given().header("Authorization", ADMIN).when().get("/v1/cases/" + s.id() + "/history").then().statusCode(404);
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
                var rs = st.executeQuery("select count(*), count(*) filter (where erased_at is not null and reason is "
                        + "null and changes::text not like '%" + s.body().get("crn") + "%' and not jsonb_path_exists("
                        + "changes, '$[*] ? (@.oldValue != null || @.newValue != null)')) from case_history "
                        + "where case_id = '" + s.id() + "'")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
            assertEquals(2, rs.getInt(2));
        }
    }
}
