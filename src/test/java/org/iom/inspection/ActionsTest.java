package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Action plans (issue #23): every rule on real PostgreSQL. Actions change only through the recommendation's timeline,
 * under If-Match on the recommendation's ETag.
 */
@QuarkusTest
class ActionsTest {

    static final LocalDate PUBLISHED = LocalDate.of(2045, 1, 10);

    static Map<String, Object> action(String description, String organisation, String role, LocalDate due) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", "ACTION_ADDED");
        e.put("description", description);
        if (organisation != null) {
            e.put("actionOwner", Map.of("organisation", organisation, "role", role));
        }
        e.put("dueDate", due.toString());
        return e;
    }

    static Map<String, Object> done(String actionId, String evidence) {
        return Map.of("type", "ACTION_STATUS_CHANGE", "actionId", actionId, "actionStatus", "DONE",
                "evidence", evidence);
    }

    static String addAction(String recommendationId, Map<String, Object> body) {
        return Register.post(recommendationId, body).then().statusCode(201).body("type", equalTo("ACTION_ADDED"))
                .body("actionStatus", equalTo("OPEN")).extract().path("actionId");
    }

    static int timelineSize(String recommendationId) {
        return given().header("Authorization", Register.ANALYST).queryParam("limit", 200)
                .when().get("/v1/recommendations/" + recommendationId + "/updates").then().statusCode(200)
                .extract().path("items.size()");
    }

    String recommendation(String inspection, String number, LocalDate target) {
        Map<String, Object> body = Register.recommendation(number);
        body.put("targetDate", target.toString());
        return Register.add(inspection, body);
    }

    @Test
    void anActionIsAddedListedAndMovesTheRecommendationsETag() {
        FixedClock.at(PUBLISHED.plusDays(5));
        String inspection = Register.createInspection(PUBLISHED);
        String r = recommendation(inspection, "1", LocalDate.of(2046, 1, 1));
        String before = Register.etag(r);
        Response added = Register.post(r, action("Publish the specification", "HMPPS", "Head of IOM policy",
                LocalDate.of(2045, 6, 30)));
        added.then().statusCode(201).body("dueDate", equalTo("2045-06-30"));
        assertNotEquals(before, added.header("Recommendation-ETag"));
        assertEquals(added.header("Recommendation-ETag"), Register.etag(r));
        String actionId = added.path("actionId");
        given().header("Authorization", Register.ANALYST).when().get("/v1/recommendations/" + r + "/actions")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(actionId))
                .body("items[0].owner.organisation", equalTo("HMPPS"))
                .body("items[0].owner.role", equalTo("Head of IOM policy"))
                .body("items[0].status", equalTo("OPEN")).body("items[0].overdue", equalTo(false));
        given().header("Authorization", Register.ANALYST)
                .when().get("/v1/recommendations/" + r + "/actions/" + actionId)
                .then().statusCode(200).body("description", equalTo("Publish the specification"));
        // Without If-Match: 428, with a stale one: 412; nothing added either way.
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(action("Another", "HMPPS", "Lead", LocalDate.of(2045, 7, 1)))
                .when().post("/v1/recommendations/" + r + "/updates").then().statusCode(428);
        given().header("Authorization", Register.OVERSIGHT).header("If-Match", before).contentType(ContentType.JSON)
                .body(action("Another", "HMPPS", "Lead", LocalDate.of(2045, 7, 1)))
                .when().post("/v1/recommendations/" + r + "/updates").then().statusCode(412);
        given().header("Authorization", Register.ANALYST).when().get("/v1/recommendations/" + r + "/actions")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void anActionWithoutAnOwnerOrWithAPersonsDetailsIsA400AndChangesNothing() {
        FixedClock.at(PUBLISHED.plusDays(5));
        String inspection = Register.createInspection(PUBLISHED);
        String r = recommendation(inspection, "1", LocalDate.of(2046, 1, 1));
        String etag = Register.etag(r);
        int entries = timelineSize(r);
        Register.post(r, action("No owner", null, null, LocalDate.of(2045, 6, 30))).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("actionOwner"));
        Register.post(r, action("Blank role", "HMPPS", " ", LocalDate.of(2045, 6, 30))).then().statusCode(400)
                .body("errors.field", hasItem("actionOwner.role"));
        Register.post(r, action("A person", "HMPPS", "jane.doe@example.org", LocalDate.of(2045, 6, 30)))
                .then().statusCode(400).body("errors.field", hasItem("actionOwner.role"));
        Register.post(r, action("In the past", "HMPPS", "Lead", PUBLISHED)).then().statusCode(400)
                .body("errors.field", hasItem("dueDate"));
        Map<String, Object> stray = action("Stray field", "HMPPS", "Lead", LocalDate.of(2045, 6, 30));
        stray.put("meetingId", "01936f50-2d3e-7f4a-8b5c-6d7e8f9a0b1c");
        Register.post(r, stray).then().statusCode(400).body("errors.field", hasItem("meetingId"));
        assertEquals(etag, Register.etag(r));
        assertEquals(entries, timelineSize(r));
        given().header("Authorization", Register.ANALYST).when().get("/v1/recommendations/" + r + "/actions")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void dueDateChangesNeedAReasonAndAreAllKept() {
        FixedClock.at(PUBLISHED.plusDays(5));
        String inspection = Register.createInspection(PUBLISHED);
        String r = recommendation(inspection, "1", LocalDate.of(2046, 1, 1));
        String a = addAction(r, action("Train staff", "NPCC", "IOM lead", LocalDate.of(2045, 3, 31)));
        Register.post(r, Map.of("type", "ACTION_DUE_DATE_REVISION", "actionId", a, "dueDate", "2045-06-30"))
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Register.post(r, Map.of("type", "ACTION_DUE_DATE_REVISION", "actionId", a, "dueDate", "2045-06-30",
                "reason", "Trainers not hired")).then().statusCode(201).body("previousDueDate", equalTo("2045-03-31"))
                .body("dueDate", equalTo("2045-06-30")).body("reason", equalTo("Trainers not hired"));
        Register.post(r, Map.of("type", "ACTION_DUE_DATE_REVISION", "actionId", a, "dueDate", "2045-09-30",
                "reason", "Budget")).then().statusCode(201);
        given().header("Authorization", Register.ANALYST).when().get("/v1/recommendations/" + r + "/actions/" + a)
                .then().statusCode(200).body("dueDate", equalTo("2045-09-30")).body("dueDateRevisions", equalTo(2));
        List<String> reasons = given().header("Authorization", Register.ANALYST)
                .when().get("/v1/recommendations/" + r + "/updates").then().statusCode(200)
                .extract().path("items.findAll { it.type == 'ACTION_DUE_DATE_REVISION' }.reason");
        assertEquals(List.of("Trainers not hired", "Budget"), reasons);
    }

    @Test
    void closingAsImplementedWithAnOpenActionIs409NamingItAndChangesNothing() {
        FixedClock.at(PUBLISHED.plusDays(5));
        String inspection = Register.createInspection(PUBLISHED);
        String r = recommendation(inspection, "1", LocalDate.of(2046, 1, 1));
        Register.move(r, "IN_PROGRESS");
        String a1 = addAction(r, action("First", "HMPPS", "Lead", LocalDate.of(2045, 6, 30)));
        String a2 = addAction(r, action("Second", "Home Office", "Policy lead", LocalDate.of(2045, 6, 30)));
        String etag = Register.etag(r);
        int entries = timelineSize(r);
        Register.post(r, Register.status("IMPLEMENTED", "All done")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(a1))
                .body("detail", containsString(a2));
        assertEquals(etag, Register.etag(r));
        assertEquals(entries, timelineSize(r));
        Register.get(r).then().body("status", equalTo("IN_PROGRESS"));
        // DONE needs evidence; DROPPED needs a reason; a closed action no longer changes.
        Register.post(r, Map.of("type", "ACTION_STATUS_CHANGE", "actionId", a1, "actionStatus", "DONE"))
                .then().statusCode(400).body("errors.field", hasItem("evidence"));
        Register.post(r, done(a1, "Published")).then().statusCode(201).body("actionStatus", equalTo("DONE"));
        Register.post(r, done(a1, "Again")).then().statusCode(409);
        Register.post(r, Register.status("IMPLEMENTED", "All done")).then().statusCode(409)
                .body("detail", containsString(a2)).body("detail", not(containsString(a1)));
        Register.post(r, Map.of("type", "ACTION_STATUS_CHANGE", "actionId", a2, "actionStatus", "DROPPED"))
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Register.post(r, Map.of("type", "ACTION_STATUS_CHANGE", "actionId", a2, "actionStatus", "DROPPED",
                "reason", "Covered by the first")).then().statusCode(201);
        Register.post(r, Register.status("IMPLEMENTED", "All done")).then().statusCode(201);
        // A closed recommendation gets no new action.
        Register.post(r, action("Late", "HMPPS", "Lead", LocalDate.of(2045, 9, 30))).then().statusCode(409);
    }

    @Test
    void anOverdueActionMakesTheRecommendationRedAndTheRegisterAndSummaryShowIt() {
        FixedClock.at(PUBLISHED.plusDays(5));
        String inspection = Register.createInspection(PUBLISHED);
        String r1 = recommendation(inspection, "1", LocalDate.of(2046, 6, 1));
        String r2 = recommendation(inspection, "2", LocalDate.of(2046, 6, 1));
        String owner = Register.unique("Probation region");
        addAction(r1, action("Overdue soon", owner, "Head of operations", LocalDate.of(2045, 3, 1)));
        addAction(r1, action("Later", owner, "Head of operations", LocalDate.of(2045, 12, 1)));
        addAction(r2, action("Other owner", "NPCC", "IOM lead", LocalDate.of(2045, 12, 1)));
        FixedClock.at(LocalDate.of(2045, 3, 1));
        Register.get(r1).then().body("rag", equalTo("GREEN"));
        FixedClock.at(LocalDate.of(2045, 3, 2));
        Register.get(r1).then().body("rag", equalTo("RED")).body("overdue", equalTo(false));
        Register.get(r2).then().body("rag", equalTo("GREEN"));
        assertEquals(List.of(r1), ids(inspection, "actionOverdue", "true"));
        assertEquals(List.of(r2), ids(inspection, "actionOverdue", "false"));
        assertEquals(List.of(r1), ids(inspection, "actionOwner", owner.toUpperCase()));
        assertEquals(List.of(r2), ids(inspection, "actionOwner", "iom lead"));
        given().header("Authorization", Register.ANALYST).queryParam("inspectionId", inspection)
                .when().get("/v1/oversight/summary").then().statusCode(200)
                .body("actionsByOwner", hasSize(2))
                .body("actionsByOwner[0].organisation", equalTo("NPCC"))
                .body("actionsByOwner[0].open", equalTo(1)).body("actionsByOwner[0].overdue", equalTo(0))
                .body("actionsByOwner[1].organisation", equalTo(owner))
                .body("actionsByOwner[1].role", equalTo("Head of operations"))
                .body("actionsByOwner[1].open", equalTo(2)).body("actionsByOwner[1].overdue", equalTo(1))
                .body("totals.red", equalTo(1));
    }

    private static List<String> ids(String inspection, String name, String value) {
        return given().header("Authorization", Register.ANALYST).queryParam("inspectionId", inspection)
                .queryParam(name, value).when().get("/v1/recommendations").then().statusCode(200)
                .extract().path("items.id");
    }
}
