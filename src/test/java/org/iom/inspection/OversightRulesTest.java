package org.iom.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The date rules on their boundaries, with the application clock stopped: overdue and daysOverdue, RAG (due within
 * 30 days, stale after 90 days without an update, revised more than once), the 56-day response rule, target-date
 * revisions.
 */
@QuarkusTest
class OversightRulesTest {

    static final LocalDate PUBLISHED = LocalDate.of(2031, 1, 1);

    String inspectionId;

    String newInspection() {
        FixedClock.at(PUBLISHED.plusDays(1));
        inspectionId = Register.createInspection(PUBLISHED);
        return inspectionId;
    }

    String recommendationDue(LocalDate targetDate) {
        Map<String, Object> body = Register.recommendation(Register.unique("R"));
        body.put("targetDate", targetDate == null ? null : targetDate.toString());
        return Register.add(inspectionId, body);
    }

    void commentAt(String id, LocalDate day) {
        FixedClock.at(day);
        Register.post(id, Register.comment("progress")).then().statusCode(201);
    }

    void expect(String id, LocalDate today, boolean overdue, int daysOverdue, String rag) {
        FixedClock.at(today);
        var r = Register.get(id).then().statusCode(200)
                .body("overdue", equalTo(overdue))
                .body("daysOverdue", equalTo(daysOverdue));
        r.body("rag", rag == null ? nullValue() : equalTo(rag));
        // The same rules apply in the query: the overdue and rag filters find it, or not.
        given().header("Authorization", Register.ANALYST)
                .queryParam("inspectionId", inspectionId).queryParam("overdue", overdue)
                .when().get("/v1/recommendations").then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", Register.ANALYST)
                .queryParam("inspectionId", inspectionId).queryParam("overdue", !overdue)
                .when().get("/v1/recommendations").then().statusCode(200).body("items.id", not(hasItem(id)));
        if (rag != null) {
            given().header("Authorization", Register.ANALYST)
                    .queryParam("inspectionId", inspectionId).queryParam("rag", rag)
                    .when().get("/v1/recommendations").then().statusCode(200).body("items.id", hasItem(id));
        }
        for (String other : new String[] {"RED", "AMBER", "GREEN"}) {
            if (!other.equals(rag)) {
                given().header("Authorization", Register.ANALYST)
                        .queryParam("inspectionId", inspectionId).queryParam("rag", other)
                        .when().get("/v1/recommendations").then().statusCode(200).body("items.id", not(hasItem(id)));
            }
        }
    }

    @Test
    void overdueAndDueWithin30DaysAroundTheTargetDate() {
        newInspection();
        LocalDate target = LocalDate.of(2031, 6, 15);
        String id = recommendationDue(target);
        commentAt(id, target.minusDays(31));
        expect(id, target.minusDays(31), false, 0, "GREEN");
        expect(id, target.minusDays(30), false, 0, "AMBER");
        expect(id, target.minusDays(1), false, 0, "AMBER");
        expect(id, target, false, 0, "AMBER");
        expect(id, target.plusDays(1), true, 1, "RED");
        expect(id, target.plusDays(45), true, 45, "RED");
    }

    @Test
    void todayIsTheUkDate() {
        newInspection();
        LocalDate target = LocalDate.of(2031, 7, 10);
        String id = recommendationDue(target);
        commentAt(id, target.minusDays(5));
        // 23:30 UTC on the target date is 00:30 the next day in London (BST): already overdue.
        FixedClock.at(Instant.parse("2031-07-10T23:30:00Z"));
        Register.get(id).then().body("overdue", equalTo(true)).body("daysOverdue", equalTo(1));
        FixedClock.at(Instant.parse("2031-07-10T22:30:00Z"));
        Register.get(id).then().body("overdue", equalTo(false)).body("rag", equalTo("AMBER"));
    }

    @Test
    void amberAfter90DaysWithoutAnUpdate() {
        newInspection();
        String id = recommendationDue(null);
        FixedClock.at(Instant.parse("2031-03-01T10:00:00Z"));
        Register.post(id, Register.comment("last word")).then().statusCode(201);
        expect(id, LocalDate.of(2031, 3, 1).plusDays(89), false, 0, "GREEN");
        expect(id, LocalDate.of(2031, 3, 1).plusDays(90), false, 0, "AMBER");
        Register.get(id).then().body("lastUpdatedAt", equalTo("2031-03-01T10:00:00Z"));
        // An update makes it fresh again.
        commentAt(id, LocalDate.of(2031, 3, 1).plusDays(91));
        expect(id, LocalDate.of(2031, 3, 1).plusDays(91), false, 0, "GREEN");
    }

    @Test
    void redWhenTheTargetDateWasRevisedMoreThanOnce() {
        newInspection();
        FixedClock.at(LocalDate.of(2031, 2, 1));
        String id = recommendationDue(null);
        // Setting the first date is not a revision.
        Register.post(id, Register.revision(LocalDate.of(2031, 12, 31), "first target agreed")).then().statusCode(201)
                .body("previousTargetDate", nullValue());
        Register.get(id).then().body("targetDateRevisions", equalTo(0)).body("rag", equalTo("GREEN"));
        Register.post(id, Register.revision(LocalDate.of(2032, 3, 31), "funding delayed")).then().statusCode(201)
                .body("previousTargetDate", equalTo("2031-12-31"));
        Register.get(id).then().body("targetDateRevisions", equalTo(1)).body("rag", equalTo("GREEN"))
                .body("targetDate", equalTo("2032-03-31"));
        Register.post(id, Register.revision(LocalDate.of(2032, 6, 30), "supplier failed")).then().statusCode(201);
        Register.get(id).then().body("targetDateRevisions", equalTo(2)).body("rag", equalTo("RED"))
                .body("overdue", equalTo(false));
        // Every revision stays in the history, with its reason.
        given().header("Authorization", Register.ANALYST).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200)
                .body("items.type", contains("TARGET_DATE_REVISION", "TARGET_DATE_REVISION", "TARGET_DATE_REVISION"))
                .body("items.targetDate", contains("2031-12-31", "2032-03-31", "2032-06-30"))
                .body("items.previousTargetDate", contains(null, "2031-12-31", "2032-03-31"))
                .body("items.reason", contains("first target agreed", "funding delayed", "supplier failed"));
    }

    @Test
    void aTargetDateOnlyMovesWithAReason() {
        newInspection();
        FixedClock.at(LocalDate.of(2031, 2, 1));
        String id = recommendationDue(LocalDate.of(2031, 6, 30));
        Register.post(id, Register.revision(LocalDate.of(2031, 9, 30), null)).then().statusCode(400)
                .body("errors.field", contains("reason"));
        Register.post(id, Register.revision(LocalDate.of(2031, 9, 30), "  ")).then().statusCode(400)
                .body("errors.field", contains("reason"));
        Map<String, Object> noDate = Register.revision(LocalDate.of(2031, 9, 30), "why");
        noDate.remove("targetDate");
        Register.post(id, noDate).then().statusCode(400).body("errors.field", contains("targetDate"));
        Register.post(id, Register.revision(LocalDate.of(2031, 6, 30), "same")).then().statusCode(400)
                .body("errors[0].field", equalTo("targetDate"));
        Register.post(id, Register.revision(LocalDate.of(2031, 1, 31), "in the past")).then().statusCode(400)
                .body("errors[0].field", equalTo("targetDate"));
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Register.revision(LocalDate.of(2031, 9, 30), "no etag"))
                .when().post("/v1/recommendations/" + id + "/updates").then().statusCode(428);
        // The date is not patchable either.
        given().header("Authorization", Register.INSPECTOR).header("If-Match", Register.etag(id))
                .contentType(ContentType.JSON).body(Map.of("targetDate", "2031-09-30"))
                .when().patch("/v1/recommendations/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("targetDate"));
        Register.get(id).then().body("targetDate", equalTo("2031-06-30")).body("targetDateRevisions", equalTo(0));
        // Closed: the date no longer moves.
        Register.move(id, "IN_PROGRESS");
        Register.move(id, "IMPLEMENTED");
        Register.post(id, Register.revision(LocalDate.of(2031, 9, 30), "too late")).then().statusCode(409);
    }

    @Test
    void closedRecommendationsAreNeverOverdueAndHaveNoRag() {
        newInspection();
        FixedClock.at(LocalDate.of(2031, 2, 1));
        String id = recommendationDue(LocalDate.of(2031, 3, 1));
        Register.move(id, "IN_PROGRESS");
        FixedClock.at(LocalDate.of(2031, 4, 1));
        Register.get(id).then().body("overdue", equalTo(true)).body("daysOverdue", equalTo(31));
        Register.move(id, "NOT_IMPLEMENTED");
        expect(id, LocalDate.of(2031, 4, 1), false, 0, null);
        expect(id, LocalDate.of(2032, 4, 1), false, 0, null);
    }

    @Test
    void responsesAreDue56DaysAfterPublication() {
        newInspection();
        LocalDate due = PUBLISHED.plusDays(56);
        String none = recommendationDue(null);
        String onTime = recommendationDue(null);
        String late = recommendationDue(null);
        FixedClock.at(due);
        Register.get(none).then().body("responseDue", equalTo("2031-02-26")).body("responseLate", equalTo(false))
                .body("response", nullValue());
        respond(onTime, "AGREED", due).then().statusCode(200)
                .body("response.decision", equalTo("AGREED"))
                .body("response.decidedOn", equalTo("2031-02-26"))
                .body("response.recordedBy", equalTo("test-" + Roles.OVERSIGHT))
                .body("responseLate", equalTo(false));
        FixedClock.at(due.plusDays(1));
        Register.get(none).then().body("responseLate", equalTo(true));
        Register.get(onTime).then().body("responseLate", equalTo(false));
        respond(late, "PARTLY_AGREED", due.plusDays(1)).then().statusCode(200).body("responseLate", equalTo(true));
        FixedClock.at(due.plusDays(400));
        Register.get(onTime).then().body("responseLate", equalTo(false));
        Register.get(late).then().body("responseLate", equalTo(true));
    }

    @Test
    void aResponseIsValidatedAndEveryResponseStaysOnRecord() {
        newInspection();
        FixedClock.at(PUBLISHED.plusDays(20));
        String id = recommendationDue(null);
        respond(id, "AGREED", PUBLISHED.minusDays(1)).then().statusCode(400)
                .body("errors[0].field", equalTo("decidedOn"));
        respond(id, "AGREED", PUBLISHED.plusDays(21)).then().statusCode(400)
                .body("errors[0].field", equalTo("decidedOn"));
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("decision", "MAYBE", "decidedOn", "2031-01-10", "rationale", "x"))
                .when().put("/v1/recommendations/" + id + "/response").then().statusCode(400)
                .body("errors[0].field", equalTo("decision"));
        given().header("Authorization", Register.OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("decision", "AGREED", "decidedOn", "2031-01-10", "rationale", "x"))
                .when().put("/v1/recommendations/" + id + "/response").then().statusCode(428);
        given().header("Authorization", Register.INSPECTOR).header("If-Match", Register.etag(id)).contentType(ContentType.JSON)
                .body(Map.of("decision", "AGREED", "decidedOn", "2031-01-10", "rationale", "x"))
                .when().put("/v1/recommendations/" + id + "/response").then().statusCode(403);
        respond(id, "PARTLY_AGREED", PUBLISHED.plusDays(10)).then().statusCode(200);
        respond(id, "PARTLY_AGREED", PUBLISHED.plusDays(10)).then().statusCode(200);
        respond(id, "AGREED", PUBLISHED.plusDays(15)).then().statusCode(200).body("response.decision", equalTo("AGREED"));
        given().header("Authorization", Register.ANALYST).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200)
                .body("items.type", contains("COMMENT", "COMMENT"))
                .body("items[0].note", startsWith("Response recorded: PARTLY_AGREED on 2031-01-11"))
                .body("items[1].note", startsWith("Response recorded: AGREED on 2031-01-16 (replaces PARTLY_AGREED of 2031-01-11)"));
    }

    static io.restassured.response.Response respond(String id, String decision, LocalDate on) {
        return given().header("Authorization", Tokens.bearer(Roles.OVERSIGHT)).header("If-Match", Register.etag(id))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "decidedOn", on.toString(), "rationale", "Rationale " + decision))
                .when().put("/v1/recommendations/" + id + "/response");
    }
}
