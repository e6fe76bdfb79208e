package org.iom.oversight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.http.ContentType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import io.quarkus.test.junit.QuarkusMock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.iom.common.AppClock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iom.inspection.Register;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The oversight pages over HTTP, signed in with the dev sign-in (the browser tests drive the same pages in chromium):
 * what each shows, who may open them, their headers, and the forms' rules (CSRF token, If-Match from the page, every
 * write in the timeline with who made it).
 */
@QuarkusTest
class OversightPagesTest {

    static final String ANALYST = Tokens.bearer(Roles.ANALYST);
    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    PageSession oversight;
    PageSession inspector;

    @BeforeEach
    void signIn() {
        oversight = PageSession.signIn(Roles.OVERSIGHT, "Olive Oversight");
        inspector = PageSession.signIn(Roles.INSPECTOR);
    }

    String recommendation() {
        String inspection = Register.createInspection(LocalDate.of(2024, 5, 1));
        return Register.add(inspection, "1");
    }

    @Test
    void theSummaryShowsChartsWithTheirNumbersAndTheHeadersOfAPage() {
        recommendation();
        inspector.given().accept("text/html").when().get("/oversight")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Cache-Control", "no-store")
                .body(containsString("<svg class=\"iom-chart__svg\" role=\"img\""))
                .body(containsString("<caption class=\"govuk-table__caption govuk-table__caption--s\">Recommendations by status"))
                .body(containsString("govuk-frontend.min.css"))
                .body(containsString("id=\"sign-out\""));
    }

    @Test
    void theSummaryShowsWhatChangedSinceTheLastMeetingAndActionsByOwner() {
        // Far in the future, so that no other test's meeting is later than ours and not after "today".
        LocalDate meetingDay = LocalDate.of(2090, 1, 5);
        String group = Register.unique("Oversight group");
        given().header("Authorization", Tokens.bearer(Roles.OVERSIGHT)).contentType(ContentType.JSON)
                .body(Map.of("group", group, "heldOn", meetingDay.toString(), "organisations", List.of("HMPPS", "NPCC")))
                .when().post("/v1/oversight/meetings").then().statusCode(201);
        String owner = Register.unique("Force");
        String recommendation = recommendation();
        clockAt(meetingDay.plusDays(5));
        Register.post(recommendation, Map.of("type", "ACTION_ADDED", "description", "Agree a data-sharing protocol",
                "actionOwner", Map.of("organisation", owner, "role", "IOM lead"),
                "dueDate", meetingDay.plusDays(10).toString())).then().statusCode(201);
        clockAt(meetingDay.plusDays(20));

        String page = oversight.given().accept("text/html").when().get("/oversight")
                .then().statusCode(200).extract().asString();
        // The latest meeting held by today is ours (the others of the suite are later than today, or earlier): what
        // changed since its day links to the register filtered on it, and counts at least our recommendation.
        Matcher since = Pattern.compile("id=\"since-meeting\"><a class=\"govuk-link\" href=\"([^\"]+)\">(\\d+) "
                + "recommendations? changed</a>\\s+since the meeting of " + Pattern.quote(group)).matcher(page);
        assertTrue(since.find(), "the summary names our meeting and what changed since it:\n" + page);
        assertEquals("/oversight/recommendations?changedSince=" + meetingDay, since.group(1));
        assertTrue(Integer.parseInt(since.group(2)) >= 1);
        // Our owner's row: one open action, one overdue, linked to the register of their overdue actions.
        String link = "/oversight/recommendations?actionOwner=" + URLEncoder.encode(owner, StandardCharsets.UTF_8)
                + "&amp;actionOverdue=yes";
        Matcher row = Pattern.compile("<th scope=\"row\" class=\"govuk-table__header\">" + Pattern.quote(owner)
                + "</th>\\s*<td class=\"govuk-table__cell\">IOM lead</td>\\s*"
                + "<td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>\\s*"
                + "<td class=\"govuk-table__cell govuk-table__cell--numeric\"><a class=\"govuk-link\" href=\""
                + Pattern.quote(link) + "\">1<").matcher(page);
        assertTrue(row.find(), "the owner's open and overdue actions, linked:\n" + page);
        // Both links open the register showing our recommendation.
        for (String view : List.of(since.group(1), link.replace("&amp;", "&"))) {
            oversight.given().accept("text/html").urlEncodingEnabled(false).when().get(view).then().statusCode(200)
                    .body(containsString("/oversight/recommendations/" + recommendation));
        }
        oversight.given().accept("text/html").when().get("/oversight/recommendations?changedSince=yesterday")
                .then().statusCode(400).body(containsString("changedSince"));
    }

    /** Stops the service's clock at noon (UK) of {@code day}, for this test only. */
    static void clockAt(LocalDate day) {
        Instant noon = day.atTime(LocalTime.NOON).atZone(AppClock.UK).toInstant();
        QuarkusMock.installMockForType(new AppClock() {
            @Override
            public Instant now() {
                return noon;
            }
        }, AppClock.class);
    }

    @Test
    void theRegisterFiltersAndItsCsvIsTheSameView() {
        String inspection = Register.createInspection(LocalDate.of(2024, 5, 1));
        String id = Register.add(inspection, "1");
        String theme = Register.unique("Theme");
        // Narrowed to this test's inspection: the whole suite's register is longer than a page.
        oversight.given().when().get("/oversight/recommendations?status=OPEN&overdue=&inspectionId=" + inspection)
                .then().statusCode(200).body(containsString("/oversight/recommendations/" + id));
        oversight.given().when().get("/oversight/recommendations?theme=" + theme)
                .then().statusCode(200).body(not(containsString("/oversight/recommendations/" + id)))
                .body(containsString("href=\"/oversight/recommendations.csv?theme=" + theme + "\""));
        oversight.given().when().get("/oversight/recommendations.csv?status=OPEN")
                .then().statusCode(200).contentType(containsString("text/csv")).body(containsString(id));
        oversight.given().when().get("/oversight/recommendations?rag=PURPLE")
                .then().statusCode(400);
    }

    @Test
    void aMemberRecordsAResponseAndAComment_andAStalePageIsAConflictNotALostUpdate() {
        String id = recommendation();
        Response page = oversight.given().when().get("/oversight/recommendations/" + id);
        page.then().statusCode(200).body(containsString("Signed in as <strong id=\"signed-in-as\">Olive Oversight"));
        assertTrue(page.asString().contains("value=\"" + oversight.csrf() + "\""), "the forms carry the CSRF token");
        String version = find(VERSION, page.asString());

        oversight.form().formParam("version", version).formParam("decision", "AGREED")
                .formParam("decidedOn-day", "2").formParam("decidedOn-month", "6").formParam("decidedOn-year", "2024")
                .formParam("rationale", "Agreed in full.")
                .when().post("/oversight/recommendations/" + id + "/response")
                .then().statusCode(303);

        // The same (now stale) page's version: a conflict in the error summary, and nothing changes.
        oversight.form().formParam("version", version).formParam("note", "A late comment")
                .when().post("/oversight/recommendations/" + id + "/comment")
                .then().statusCode(409).body(containsString("govuk-error-summary"))
                .body(containsString("Someone else changed this recommendation"));
        Register.get(id).then().body("response.decision", equalTo("AGREED"))
                .body("response.recordedBy", equalTo("dev-Olive Oversight"));
        given().header("Authorization", ANALYST).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200).body(not(containsString("A late comment")))
                .body("items[0].recordedBy", equalTo("dev-Olive Oversight"));
    }

    @Test
    void closingNeedsEvidenceAndAMovedTargetDateNeedsAReason() {
        String id = recommendation();
        Response page = oversight.given().when().get("/oversight/recommendations/" + id);
        String version = find(VERSION, page.asString());
        oversight.form().formParam("version", version).formParam("status", "WITHDRAWN")
                .when().post("/oversight/recommendations/" + id + "/status")
                .then().statusCode(400).body(containsString("href=\"#status-evidence\""));
        oversight.form().formParam("version", version).formParam("targetDate-day", "1")
                .formParam("targetDate-month", "1").formParam("targetDate-year", "2031")
                .when().post("/oversight/recommendations/" + id + "/target-date")
                .then().statusCode(400).body(containsString("href=\"#target-reason\""));
        Register.get(id).then().body("status", equalTo("OPEN"));
    }

    @Test
    void readersReadAndCannotWrite() {
        String id = recommendation();
        inspector.given().when().get("/oversight/recommendations/" + id)
                .then().statusCode(200).body(not(containsString("form-comment"))).body(containsString("read only"));
        inspector.form().formParam("note", "x").when().post("/oversight/recommendations/" + id + "/comment")
                .then().statusCode(anyOf(is(400), is(403)));
        given().header("Authorization", ANALYST).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void anInspectionShowsItsFindingsThenAndNowAndItsRecommendations() {
        String inspection = Register.createInspection(LocalDate.of(2024, 5, 1));
        String id = Register.add(inspection, "7");
        inspector.given().when().get("/oversight/inspections/" + inspection)
                .then().statusCode(200).body(containsString("Findings then and now"))
                .body(containsString("/oversight/recommendations/" + id));
    }

    @Test
    void theGovukAssetsAreServed() {
        given().when().get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css").then().statusCode(200);
        given().when().get("/assets/fonts/bold-b542beb274-v2.woff2").then().statusCode(200);
        given().when().get("/static/oversight.js").then().statusCode(200);
    }

    static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), "not found: " + p + " in " + html);
        return m.group(1);
    }
}
