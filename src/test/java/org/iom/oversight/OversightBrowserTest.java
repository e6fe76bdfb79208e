package org.iom.oversight;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iom.inspection.Csv;
import org.iom.inspection.Register;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The oversight pages as a member meets them, in Debian's headless chromium driven by Selenium (ADR 0044): signed in
 * with the dev sign-in, each journey of issue 24 clicked through; every page visited is screenshot under
 * {@code target/screenshots/} and checked by axe-core (no serious or critical violation).
 */
@QuarkusTest
class OversightBrowserTest {

    static final String INSPECTOR = Tokens.bearer(Roles.INSPECTOR);
    static final String OVERSIGHT = Tokens.bearer(Roles.OVERSIGHT);
    static final ZoneId UK = ZoneId.of("Europe/London");

    static Browser browser;

    @TestHTTPResource("/")
    URL service;

    Browser b;

    @BeforeEach
    void browser() {
        if (browser == null) {
            browser = Browser.start(service);
        }
        b = browser;
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void aMemberSignsInFiltersTheRegisterAndDownloadsExactlyTheFilteredViewAsCsv() {
        String theme = Register.unique("Theme");
        String inspection = Register.createInspection(LocalDate.of(2024, 5, 1));
        String open1 = recommendation(inspection, "1", theme);
        String open2 = recommendation(inspection, "2", theme);
        String started = recommendation(inspection, "3", theme);
        recommendation(inspection, "4", Register.unique("Other"));
        Register.post(started, Register.status("IN_PROGRESS", null)).then().statusCode(201);

        signIn("iom-oversight", "Oversight Member");
        b.seen("summary");
        assertTrue(b.find("h1").getText().contains("At a glance"));
        b.clickAndWait(b.find("#navigation a[href='/oversight/recommendations']"));
        b.find("#theme").sendKeys(theme);
        b.find("#status option[value='OPEN']").click();
        b.clickAndWait(b.find("#apply-filters"));
        b.seen("register");
        List<String> shown = b.all("#register tbody a[href^='/oversight/recommendations/']").stream()
                .map(a -> lastSegment(a.getAttribute("href"))).toList();
        assertEquals(java.util.Set.of(open1, open2), java.util.Set.copyOf(shown), "the filtered register");
        assertEquals(2, shown.size(), "the filtered register: " + shown);
        assertTrue(b.find("#result-count").getText().startsWith("2 recommendations match the filters"));

        // The CSV link, fetched with the browser's cookies (as the member's browser would download it).
        String href = b.find("#download-csv").getAttribute("href");
        Response csv = given().cookies(b.cookies()).redirects().follow(false).when().get(href);
        assertEquals(200, csv.statusCode(), csv.asString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<List<String>> rows = Csv.parse(csv.asString());
        assertEquals("id", rows.get(0).get(0));
        assertEquals(shown, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList(),
                "the CSV holds exactly the rows of the filtered view, in its order");
    }

    @Test
    void aMemberOpensARecommendationRecordsTheResponseAndAddsAnUpdate() {
        String inspection = Register.createInspection(LocalDate.of(2024, 5, 1));
        String id = recommendation(inspection, "1", Register.unique("Theme"));

        signIn("iom-oversight", "Response Recorder");
        b.visit("/oversight/recommendations?inspectionId=" + inspection, "register-of-an-inspection");
        b.clickAndWait(b.find("#register a[href='/oversight/recommendations/" + id + "']"));
        b.seen("recommendation");

        b.find("#response-decision-agreed").click();
        b.find("#response-decidedOn-day").sendKeys("2");
        b.find("#response-decidedOn-month").sendKeys("6");
        b.find("#response-decidedOn-year").sendKeys("2024");
        b.find("#response-rationale").sendKeys("Agreed in full: an evaluation will be commissioned.");
        b.clickAndWait(b.find("#form-response button[type=submit]"));
        b.seen("recommendation-response-recorded");
        assertTrue(b.find(".govuk-notification-banner--success").isDisplayed());
        assertTrue(b.find("#response-value").getText().contains("Agreed"), b.find("#response-value").getText());

        b.find("#comment-note").sendKeys("Specification agreed with the Home Office.");
        b.clickAndWait(b.find("#form-comment button[type=submit]"));
        assertTrue(b.find("#timeline").isDisplayed());
        assertTrue(b.find(".iom-timeline").getText().contains("Specification agreed with the Home Office."));
        given().header("Authorization", INSPECTOR).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200)
                .body("items.find { it.note == 'Specification agreed with the Home Office.' }.recordedBy",
                        org.hamcrest.Matchers.equalTo("dev-Response Recorder"));
        Register.get(id).then().body("response.decision", org.hamcrest.Matchers.equalTo("AGREED"));

        b.clickAndWait(b.find(".govuk-caption-l a[href='/oversight/inspections/" + inspection + "']"));
        b.seen("inspection");
    }

    @Test
    void aChangeByAnotherMemberFirstIsShownAsAConflictAndNothingIsLost() {
        String id = recommendation(Register.createInspection(LocalDate.of(2024, 5, 1)), "1", Register.unique("Theme"));
        signIn("iom-admin", "Second Member");
        b.visit("/oversight/recommendations/" + id, "recommendation-before-the-conflict");
        // Another member changes it through the API while this page is open.
        Register.post(id, Register.status("IN_PROGRESS", null)).then().statusCode(201);
        b.find("#comment-note").sendKeys("Written on a page that is now stale.");
        b.clickAndWait(b.find("#form-comment button[type=submit]"));
        b.seen("conflict");
        WebElement summary = b.find(".govuk-error-summary");
        assertTrue(summary.getText().contains("Someone else changed this recommendation"), summary.getText());
        assertTrue(b.find("#status-value").getText().contains("In progress"), "the page shows the latest version");
        given().header("Authorization", INSPECTOR).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200).body(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Written on a page that is now stale.")));

        // On the fresh page the same comment is saved.
        b.find("#comment-note").sendKeys("Written on the latest version.");
        b.clickAndWait(b.find("#form-comment button[type=submit]"));
        assertTrue(b.find(".iom-timeline").getText().contains("Written on the latest version."));
    }

    @Test
    void aMeetingShowsItsAgendaAndDecisionsAndPrintsAsAnA4PackOneRecommendationPerPage() {
        String inspection = Register.createInspection(LocalDate.of(2024, 5, 1));
        String first = recommendation(inspection, "1", Register.unique("Theme"));
        recommendation(inspection, "2", Register.unique("Theme"));
        recommendation(inspection, "3", Register.unique("Theme"));
        Map<String, Object> action = new HashMap<>(Map.of("type", "ACTION_ADDED",
                "description", "Publish the evaluation specification", "dueDate", "2030-03-31",
                "actionOwner", Map.of("organisation", "HMPPS", "role", "Head of IOM policy")));
        Register.post(first, action).then().statusCode(201);
        String group = Register.unique("National IOM oversight group");
        String meeting = given().header("Authorization", OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("group", group, "heldOn", LocalDate.now(UK).plusDays(7).toString(),
                        "organisations", List.of("HMPPS", "NPCC", "Ministry of Justice"),
                        "inspectionIds", List.of(inspection)))
                .when().post("/v1/oversight/meetings").then().statusCode(201).extract().path("id");
        given().header("Authorization", OVERSIGHT).contentType(ContentType.JSON)
                .body(Map.of("type", "DECISION", "meetingId", meeting, "decision", "ESCALATE",
                        "note", "Escalated to the IOM board: no evaluation yet."))
                .when().post("/v1/recommendations/" + first + "/updates").then().statusCode(201);

        signIn("iom-inspector", "Inspector Reader");
        b.clickAndWait(b.find("#nav-meetings"));
        b.seen("meetings");
        b.clickAndWait(b.find("#meetings a[href='/oversight/meetings/" + meeting + "']"));
        b.seen("meeting");
        assertEquals(3, b.all("#agenda tbody tr").size());
        assertTrue(b.find("#agenda").getText().contains("Changed since the last meeting"));
        assertTrue(b.find("#decisions").getText().contains("Escalate"), b.find("#decisions").getText());
        assertTrue(b.find("#decisions").getText().contains("Escalated to the IOM board"));
        assertTrue(b.find("#item-" + first).getText().contains("Publish the evaluation specification"));

        // Printing the meeting page itself gives the pack: no navigation, a page per recommendation.
        b.printMedia(true);
        assertEquals("none", b.js("return getComputedStyle(document.querySelector('.govuk-service-navigation')).display"));
        assertEquals(List.of("page", "page", "page"), b.js("return Array.from(document.querySelectorAll("
                + "'.iom-pack__item')).map(e => getComputedStyle(e).breakBefore)"));
        b.printMedia(false);

        b.clickAndWait(b.find("#print-view"));
        b.seen("meeting-pack");
        assertEquals(3, b.all(".iom-pack__item").size());
        int pages = b.printA4("meeting-pack");
        assertTrue(pages >= 4, "a cover and one A4 page (at least) per recommendation: " + pages + " pages");
    }

    /** Signs in with the dev sign-in page: a role and a name, then the summary. */
    void signIn(String role, String name) {
        b.driver.manage().deleteAllCookies();
        b.visit("/oversight/dev-sign-in", "sign-in");
        b.find("#role-" + role).click();
        b.find("#name").clear();
        b.find("#name").sendKeys(name);
        b.clickAndWait(b.find("#sign-in"));
        assertTrue(b.driver.getCurrentUrl().endsWith("/oversight"), b.driver.getCurrentUrl());
        assertFalse(b.all("#sign-out").isEmpty(), "signed in: the header offers to sign out");
    }

    static String recommendation(String inspection, String number, String theme) {
        Map<String, Object> body = new HashMap<>(Map.of("number", number, "kind", "RECOMMENDATION",
                "text", "Commission an independent evaluation of the costs and benefits of IOM (" + number + ").",
                "addressees", List.of("Ministry of Justice"), "theme", theme, "targetDate", "2031-03-31"));
        return given().header("Authorization", INSPECTOR).contentType(ContentType.JSON).body(body)
                .when().post("/v1/inspections/" + inspection + "/recommendations")
                .then().statusCode(201).extract().path("id");
    }

    static String lastSegment(String href) {
        return href.substring(href.lastIndexOf('/') + 1);
    }
}
