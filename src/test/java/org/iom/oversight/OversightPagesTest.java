package org.iom.oversight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iom.inspection.Register;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The oversight pages over HTTP (the browser tests drive the same pages in chromium): what each shows, who may open
 * them, their headers, and the forms' rules (CSRF token, If-Match from the page, every write in the timeline).
 */
@QuarkusTest
class OversightPagesTest {

    static final String OVERSIGHT = Tokens.bearer(Roles.OVERSIGHT);
    static final String INSPECTOR = Tokens.bearer(Roles.INSPECTOR);
    static final String ANALYST = Tokens.bearer(Roles.ANALYST);
    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    String recommendation() {
        String inspection = Register.createInspection(LocalDate.of(2024, 5, 1));
        return Register.add(inspection, "1");
    }

    @Test
    void theSummaryShowsChartsWithTheirNumbersAndTheHeadersOfAPage() {
        recommendation();
        given().header("Authorization", INSPECTOR).accept("text/html").when().get("/oversight")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Cache-Control", "no-store")
                .body(containsString("<svg class=\"iom-chart__svg\" role=\"img\""))
                .body(containsString("<caption class=\"govuk-table__caption govuk-table__caption--s\">Recommendations by status"))
                .body(containsString("govuk-frontend.min.css"));
    }

    @Test
    void theRegisterFiltersAndItsCsvIsTheSameView() {
        String id = recommendation();
        String theme = Register.unique("Theme");
        given().header("Authorization", OVERSIGHT).when().get("/oversight/recommendations?status=OPEN&overdue=")
                .then().statusCode(200).body(containsString("/oversight/recommendations/" + id));
        given().header("Authorization", OVERSIGHT).when().get("/oversight/recommendations?theme=" + theme)
                .then().statusCode(200).body(not(containsString("/oversight/recommendations/" + id)))
                .body(containsString("href=\"/oversight/recommendations.csv?theme=" + theme + "\""));
        given().header("Authorization", OVERSIGHT).when().get("/oversight/recommendations.csv?status=OPEN")
                .then().statusCode(200).contentType(containsString("text/csv")).body(containsString(id));
        given().header("Authorization", OVERSIGHT).when().get("/oversight/recommendations?rag=PURPLE")
                .then().statusCode(400);
    }

    @Test
    void aMemberRecordsAResponseAndAComment_andAStalePageIsAConflictNotALostUpdate() {
        String id = recommendation();
        Response page = given().header("Authorization", OVERSIGHT).when().get("/oversight/recommendations/" + id);
        assertEquals(200, page.statusCode());
        String csrf = find(CSRF, page.asString());
        String version = find(VERSION, page.asString());
        String cookie = page.getCookie("csrf-token");

        given().header("Authorization", OVERSIGHT).cookie("csrf-token", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("version", version).formParam("decision", "AGREED")
                .formParam("decidedOn-day", "2").formParam("decidedOn-month", "6").formParam("decidedOn-year", "2024")
                .formParam("rationale", "Agreed in full.")
                .redirects().follow(false)
                .when().post("/oversight/recommendations/" + id + "/response")
                .then().statusCode(303);

        // The same (now stale) page's version: a conflict in the error summary, and nothing changes.
        given().header("Authorization", OVERSIGHT).cookie("csrf-token", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("version", version).formParam("note", "A late comment")
                .when().post("/oversight/recommendations/" + id + "/comment")
                .then().statusCode(409).body(containsString("govuk-error-summary"))
                .body(containsString("Someone else changed this recommendation"));
        Register.get(id).then().body("response.decision", org.hamcrest.Matchers.equalTo("AGREED"));
        given().header("Authorization", ANALYST).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200).body(not(containsString("A late comment")))
                .body("items[0].recordedBy", org.hamcrest.Matchers.equalTo("test-" + Roles.OVERSIGHT));
    }

    @Test
    void closingNeedsEvidenceAndAMovedTargetDateNeedsAReason() {
        String id = recommendation();
        Response page = given().header("Authorization", OVERSIGHT).when().get("/oversight/recommendations/" + id);
        String csrf = find(CSRF, page.asString());
        String version = find(VERSION, page.asString());
        String cookie = page.getCookie("csrf-token");
        given().header("Authorization", OVERSIGHT).cookie("csrf-token", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("version", version).formParam("status", "WITHDRAWN")
                .when().post("/oversight/recommendations/" + id + "/status")
                .then().statusCode(400).body(containsString("href=\"#status-evidence\""));
        given().header("Authorization", OVERSIGHT).cookie("csrf-token", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf).formParam("version", version).formParam("targetDate-day", "1")
                .formParam("targetDate-month", "1").formParam("targetDate-year", "2031")
                .when().post("/oversight/recommendations/" + id + "/target-date")
                .then().statusCode(400).body(containsString("href=\"#target-reason\""));
        Register.get(id).then().body("status", org.hamcrest.Matchers.equalTo("OPEN"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        String id = recommendation();
        Response page = given().header("Authorization", OVERSIGHT).when().get("/oversight/recommendations/" + id);
        String version = find(VERSION, page.asString());
        given().header("Authorization", OVERSIGHT).cookie("csrf-token", page.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("version", version).formParam("note", "Forged comment")
                .when().post("/oversight/recommendations/" + id + "/comment")
                .then().statusCode(400);
        given().header("Authorization", ANALYST).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200).body(not(containsString("Forged comment")));
    }

    @Test
    void readersReadAndCannotWrite_otherRolesGet403_noSessionNoPage() {
        String id = recommendation();
        given().header("Authorization", INSPECTOR).when().get("/oversight/recommendations/" + id)
                .then().statusCode(200).body(not(containsString("form-comment"))).body(containsString("read only"));
        given().header("Authorization", ANALYST).when().get("/oversight").then().statusCode(403);
        given().header("Authorization", INSPECTOR).contentType("application/x-www-form-urlencoded")
                .formParam("note", "x").when().post("/oversight/recommendations/" + id + "/comment")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(400), org.hamcrest.Matchers.is(403)));
        given().when().get("/oversight").then().statusCode(401);
    }

    @Test
    void anInspectionShowsItsFindingsThenAndNowAndItsRecommendations() {
        String inspection = Register.createInspection(LocalDate.of(2024, 5, 1));
        String id = Register.add(inspection, "7");
        given().header("Authorization", INSPECTOR).when().get("/oversight/inspections/" + inspection)
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
