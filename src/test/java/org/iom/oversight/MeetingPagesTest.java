package org.iom.oversight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.iom.inspection.Register;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The meeting pages over HTTP (OversightBrowserTest clicks through them in chromium): the list, a meeting's agenda
 * with its reasons and decisions, and the print view, from the API's services; who may open them.
 */
@QuarkusTest
class MeetingPagesTest {

    static final String OVERSIGHT = Tokens.bearer(Roles.OVERSIGHT);

    @Test
    void aMeetingShowsItsAgendaWithReasonsItsDecisionsAndItsPrintView() {
        String inspection = Register.createInspection(LocalDate.of(2024, 5, 1));
        String decided = Register.add(inspection, "1");
        String other = Register.add(inspection, "2");
        String outOfScope = Register.add(Register.createInspection(LocalDate.of(2024, 5, 1)), "1");
        String meeting = meeting(inspection);
        given().header("Authorization", OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("type", "DECISION", "meetingId", meeting, "decision", "EXTEND_DATE",
                        "note", "Six more months agreed."))
                .when().post("/v1/recommendations/" + decided + "/updates").then().statusCode(201);

        PageSession inspector = PageSession.signIn(Roles.INSPECTOR);
        inspector.given().when().get("/oversight/meetings")
                .then().statusCode(200).body(containsString("href=\"/oversight/meetings/" + meeting + "\""));
        inspector.given().when().get("/oversight/meetings/" + meeting)
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .body(containsString("id=\"item-" + decided + "\""))
                .body(containsString("id=\"item-" + other + "\""))
                .body(not(containsString(outOfScope)))
                .body(containsString("Changed since the last meeting"))
                .body(containsString("Extend date"))
                .body(containsString("Six more months agreed."))
                .body(containsString("href=\"/oversight/meetings/" + meeting + "/pack\""));
        inspector.given().when().get("/oversight/meetings/" + meeting + "/pack")
                .then().statusCode(200).body(containsString("class=\"govuk-template__body iom-print-view\""))
                .body(containsString("class=\"iom-pack__item\"")).body(not(containsString("govuk-service-navigation")));
        given().when().get("/static/oversight.css").then().statusCode(200)
                .body(containsString("break-before: page")).body(containsString("size: A4"));
    }

    @Test
    void withoutASessionNoMeetingPage_andAnUnknownMeetingIs404() {
        String meeting = meeting(Register.createInspection(LocalDate.of(2024, 5, 1)));
        given().redirects().follow(false).when().get("/oversight/meetings/" + meeting)
                .then().statusCode(org.hamcrest.Matchers.not(200)).body(not(containsString("Agenda")));
        given().redirects().follow(false).header("Authorization", OVERSIGHT).when().get("/oversight/meetings/" + meeting)
                .then().statusCode(org.hamcrest.Matchers.not(200)).body(not(containsString("Agenda")));
        PageSession.signIn(Roles.INSPECTOR).given().when()
                .get("/oversight/meetings/0193a000-0000-7000-8000-000000000000").then().statusCode(404);
    }

    static String meeting(String inspection) {
        return given().header("Authorization", OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("group", Register.unique("Oversight group"),
                        "heldOn", LocalDate.now(ZoneId.of("Europe/London")).plusDays(7).toString(),
                        "organisations", List.of("HMPPS", "NPCC"), "inspectionIds", List.of(inspection)))
                .when().post("/v1/oversight/meetings").then().statusCode(201).extract().path("id");
    }
}
