package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Oversight meetings, their computed agendas, decisions and packs (issue #23), on a fixture whose agendas are written
 * out by hand. One inspection published 2040-01-10 (responses due 2040-03-06); r1..r4 created 2040-01-15; meetings of
 * one group M0 2040-01-20, M1 2040-04-01, M2 2040-07-01, reviewing that inspection only (r5, of another inspection,
 * is overdue and never on them).
 * <pre>
 * r1 target 2041-01-01; response and action a1 (due 2040-06-01) on 2040-02-01; a1 DONE on 2040-06-15
 * r2 target 2040-03-01, no response; at M1 (2040-04-01) a decision EXTEND_DATE and a new target 2040-09-30
 * r3 target 2041-01-01; response and action a3 (due 2040-05-31, never done) on 2040-02-15
 * r4 target 2041-01-01; response on 2040-01-18, then nothing
 * r6 created 2040-05-01
 *
 * M1 (window 2040-01-20 .. end of 2040-04-01, as of 2040-04-01):
 *   r1 CHANGED (a1)   r2 OVERDUE RESPONSE_LATE   r3 CHANGED (a3)          (r4: unchanged, on time, fresh)
 * M2 (window 2040-04-01 .. end of 2040-07-01, as of 2040-07-01; stale: no entry since before 2040-04-03):
 *   r1 CHANGED (a1)
 *   r2 CHANGED RESPONSE_LATE STALE   (its entries of 2040-04-01 are in the window, and 91 days old)
 *   r3 ACTION_OVERDUE STALE (a3 overdue, RED)
 *   r4 STALE
 *   r6 CHANGED RESPONSE_LATE         (created in the window; the inspection's responses were due 2040-03-06)
 * </pre>
 */
@QuarkusTest
class MeetingsTest {

    String group;
    String inspection;
    String[] r = new String[7];
    String a1;
    String a3;
    String m1;
    String m2;

    @BeforeEach
    void fixture() {
        group = Register.unique("Oversight group");
        FixedClock.at(LocalDate.of(2040, 1, 15));
        inspection = Register.createInspection(LocalDate.of(2040, 1, 10));
        String other = Register.createInspection(LocalDate.of(2040, 1, 10));
        r[1] = recommendation(inspection, "1", "2041-01-01");
        r[2] = recommendation(inspection, "2", "2040-03-01");
        r[3] = recommendation(inspection, "3", "2041-01-01");
        r[4] = recommendation(inspection, "4", "2041-01-01");
        r[5] = recommendation(other, "5", "2040-02-01");
        meeting("2040-01-20").then().statusCode(201).body("previousMeetingId", nullValue());
        m1 = meeting("2040-04-01").then().statusCode(201).extract().path("id");
        m2 = meeting("2040-07-01").then().statusCode(201).body("previousMeetingId", equalTo(m1)).extract().path("id");
        FixedClock.at(LocalDate.of(2040, 1, 18));
        respond(r[4], "2040-01-18");
        FixedClock.at(LocalDate.of(2040, 2, 1));
        respond(r[1], "2040-02-01");
        a1 = ActionsTest.addAction(r[1], ActionsTest.action("=HYPERLINK(\"x\") Publish the specification", "HMPPS",
                "Head of IOM policy", LocalDate.of(2040, 6, 1)));
        FixedClock.at(LocalDate.of(2040, 2, 15));
        respond(r[3], "2040-02-15");
        a3 = ActionsTest.addAction(r[3], ActionsTest.action("Train staff", "NPCC", "IOM lead",
                LocalDate.of(2040, 5, 31)));
    }

    @Test
    void theAgendasOfTwoConsecutiveMeetingsAreWhatTheRulesSay() {
        FixedClock.at(LocalDate.of(2040, 4, 1));
        assertEquals(List.of("1 CHANGED actionsChanged=[a1]", "2 OVERDUE RESPONSE_LATE", "3 CHANGED actionsChanged=[a3]"),
                agenda(m1));
        // The meeting's decisions, then its follow-up.
        decision(r[2], m1, "EXTEND_DATE").then().statusCode(201).body("meetingId", equalTo(m1))
                .body("decision", equalTo("EXTEND_DATE"));
        Register.post(r[2], Register.revision(LocalDate.of(2040, 9, 30), "Extension agreed at the meeting"))
                .then().statusCode(201);
        FixedClock.at(LocalDate.of(2040, 5, 1));
        r[6] = recommendation(inspection, "6", "2041-01-01");
        FixedClock.at(LocalDate.of(2040, 6, 15));
        Register.post(r[1], ActionsTest.done(a1, "Specification published")).then().statusCode(201);
        FixedClock.at(LocalDate.of(2040, 7, 1));
        assertEquals(List.of("1 CHANGED actionsChanged=[a1]", "2 CHANGED RESPONSE_LATE STALE",
                "3 ACTION_OVERDUE STALE actionsOverdue=[a3]", "4 STALE", "6 CHANGED RESPONSE_LATE"), agenda(m2));
        given().header("Authorization", Register.ANALYST).when().get("/v1/oversight/meetings/" + m2 + "/agenda")
                .then().statusCode(200).body("asOf", equalTo("2040-07-01"))
                .body("changedFrom", equalTo("2040-03-31T23:00:00Z"))
                .body("changedUntil", equalTo("2040-07-01T23:00:00Z"))
                .body("items[2].rag", equalTo("RED"));
    }

    @Test
    void theMeetingPackShowsStateActionsAndChangesAsJsonAndCsv() {
        FixedClock.at(LocalDate.of(2040, 4, 1));
        Response pack = given().header("Authorization", Register.ANALYST)
                .when().get("/v1/oversight/meetings/" + m1 + "/pack");
        pack.then().statusCode(200).body("meeting.id", equalTo(m1)).body("items.size()", equalTo(3))
                .body("items[0].recommendation.id", equalTo(r[1]))
                .body("items[0].actions[0].id", equalTo(a1))
                .body("items[0].changes.type", equalTo(List.of("COMMENT", "ACTION_ADDED")))
                .body("items[1].recommendation.overdue", equalTo(true))
                .body("items[1].changes.size()", equalTo(0));
        String csv = given().header("Authorization", Register.ANALYST).accept("text/csv")
                .when().get("/v1/oversight/meetings/" + m1 + "/pack").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<List<String>> rows = Csv.parse(csv);
        assertEquals(MeetingPackCsv.COLUMNS, rows.get(0));
        List<String> sections = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Map<String, String> row = Csv.row(rows, i);
            sections.add(row.get("section") + " " + row.get("number"));
            if ("ACTION".equals(row.get("section")) && a1.equals(row.get("actionId"))) {
                assertEquals("'=HYPERLINK(\"x\") Publish the specification", row.get("text"));
            }
        }
        assertEquals(List.of("RECOMMENDATION 1", "ACTION 1", "CHANGE 1", "CHANGE 1", "RECOMMENDATION 2",
                "RECOMMENDATION 3", "ACTION 3", "CHANGE 3", "CHANGE 3"), sections);
    }

    @Test
    void aDecisionAboutARecommendationNotOnTheAgendaIsA400AndChangesNothing() {
        FixedClock.at(LocalDate.of(2040, 4, 1));
        int before = ActionsTest.timelineSize(r[4]);
        decision(r[4], m1, "ESCALATE").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("meetingId"));
        decision(r[5], m1, "ESCALATE").then().statusCode(400).body("errors.field", hasItem("meetingId"));
        assertEquals(before, ActionsTest.timelineSize(r[4]));
        Map<String, Object> body = new HashMap<>(Map.of("type", "DECISION", "meetingId", m1, "decision", "ESCALATE"));
        body.put("actionId", a1);
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON).body(body)
                .when().post("/v1/recommendations/" + r[2] + "/updates").then().statusCode(400)
                .body("errors.field", hasItem("actionId"));
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("type", "DECISION", "meetingId", r[1], "decision", "ESCALATE"))
                .when().post("/v1/recommendations/" + r[2] + "/updates").then().statusCode(400)
                .body("errors.field", hasItem("meetingId"));
    }

    @Test
    void aMeetingDatedOnOrBeforeTheGroupsLatestIsA400AndChangesNothing() {
        int before = meetingsOfGroup();
        meeting("2040-06-30").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("heldOn"));
        meeting("2040-07-01").then().statusCode(400).body("errors[0].field", equalTo("heldOn"));
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("group", group, "heldOn", "2040-08-01", "organisations", List.of("HMPPS", "hmpps")))
                .when().post("/v1/oversight/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("organisations[1]"));
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("group", group, "heldOn", "2040-08-01", "organisations", List.of("HMPPS"),
                        "inspectionIds", List.of(r[1])))
                .when().post("/v1/oversight/meetings").then().statusCode(400)
                .body("errors[0].field", equalTo("inspectionIds[0]"));
        assertEquals(before, meetingsOfGroup());
        given().header("Authorization", Register.ANALYST).when().get("/v1/oversight/meetings/" + m2)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("group", equalTo(group))
                .body("organisations", equalTo(List.of("HMPPS", "NPCC")));
    }

    private int meetingsOfGroup() {
        List<String> groups = given().header("Authorization", Register.ANALYST).queryParam("limit", 200)
                .when().get("/v1/oversight/meetings").then().statusCode(200).extract().path("items.group");
        return (int) groups.stream().filter(group::equals).count();
    }

    private List<String> agenda(String meeting) {
        List<Map<String, Object>> items = given().header("Authorization", Register.ANALYST)
                .when().get("/v1/oversight/meetings/" + meeting + "/agenda").then().statusCode(200)
                .extract().path("items");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> item : items) {
            StringBuilder line = new StringBuilder((String) item.get("number"));
            ((List<?>) item.get("reasons")).forEach(reason -> line.append(' ').append(reason));
            names(line, "actionsChanged", item);
            names(line, "actionsOverdue", item);
            lines.add(line.toString());
        }
        return lines;
    }

    private void names(StringBuilder line, String field, Map<String, Object> item) {
        List<?> ids = (List<?>) item.get(field);
        if (!ids.isEmpty()) {
            line.append(' ').append(field).append("=").append(ids.stream()
                    .map(id -> id.equals(a1) ? "a1" : id.equals(a3) ? "a3" : String.valueOf(id)).toList());
        }
    }

    private Response meeting(String heldOn) {
        return given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("group", group, "heldOn", heldOn, "organisations", List.of("HMPPS", "NPCC"),
                        "minutesUrl", "https://intranet.example.gov.uk/minutes/" + heldOn,
                        "inspectionIds", List.of(inspection)))
                .when().post("/v1/oversight/meetings");
    }

    static Response decision(String recommendation, String meeting, String decision) {
        return given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("type", "DECISION", "meetingId", meeting, "decision", decision, "note", "Agreed"))
                .when().post("/v1/recommendations/" + recommendation + "/updates");
    }

    private static String recommendation(String inspection, String number, String target) {
        Map<String, Object> body = Register.recommendation(number);
        body.put("targetDate", target);
        return Register.add(inspection, body);
    }

    private static void respond(String id, String decidedOn) {
        given().header("Authorization", Register.OVERSIGHT).header("If-Match", Register.etag(id))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "AGREED", "decidedOn", decidedOn, "rationale", "Agreed"))
                .when().put("/v1/recommendations/" + id + "/response").then().statusCode(200);
    }
}
