package org.iom.oversight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.iom.inspection.Register;
import org.iom.security.Roles;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The pages' security with the dev sign-in (the test profile's stand-in for the identity provider): no page without a
 * session, roles, CSRF on every form, the cookies' flags, sign-out, and no CSRF cookie on the API.
 */
@QuarkusTest
class PagesSecurityTest {

    static final String ANALYST = Tokens.bearer(Roles.ANALYST);

    String recommendation() {
        return Register.add(Register.createInspection(LocalDate.of(2024, 5, 1)), "1");
    }

    @Test
    void noPageWithoutASession_theBrowserIsSentToSignIn() {
        String id = recommendation();
        String inspection = Register.get(id).then().extract().path("inspectionId");
        for (String page : List.of("/oversight", "/oversight/recommendations", "/oversight/recommendations/" + id,
                "/oversight/recommendations.csv", "/oversight/inspections/" + inspection)) {
            given().redirects().follow(false).when().get(page)
                    .then().statusCode(302).header("Location", endsWith("/oversight/dev-sign-in"));
        }
        // The API's bearer tokens do not open the pages: they are for /v1.
        given().redirects().follow(false).header("Authorization", Tokens.bearer(Roles.OVERSIGHT)).when().get("/oversight")
                .then().statusCode(302).header("Location", endsWith("/oversight/dev-sign-in"));
        // Nor does a made-up session cookie.
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("iom-admin".getBytes(StandardCharsets.UTF_8))
                + ".." + (System.currentTimeMillis() / 1000 + 3600) + ".AAAA";
        given().redirects().follow(false).cookie(PageSession.SESSION_COOKIE, forged).when().get("/oversight")
                .then().statusCode(302);
        // A write without a session changes nothing.
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("note", "Anonymous")
                .when().post("/oversight/recommendations/" + id + "/comment").then().statusCode(302);
        assertNoEntries(id);
    }

    @Test
    void theDevSignInOffersThePagesRolesOnly() {
        Response form = given().when().get("/oversight/dev-sign-in");
        form.then().statusCode(200).body(containsString("<form method=\"post\" action=\"/oversight/dev-sign-in\""))
                .body(containsString("id=\"role-iom-oversight\"")).body(containsString("id=\"role-iom-admin\""))
                .body(containsString("id=\"role-iom-inspector\"")).body(containsString("id=\"name\""))
                .body(containsString("id=\"sign-in\"")).body(containsString("name=\"csrf-token\""));
        String csrf = form.getCookie(PageSession.CSRF_COOKIE);
        Response refused = given().redirects().follow(false).cookie(PageSession.CSRF_COOKIE, csrf)
                .contentType("application/x-www-form-urlencoded").formParam(PageSession.CSRF_COOKIE, csrf)
                .formParam("role", Roles.ANALYST).when().post("/oversight/dev-sign-in");
        refused.then().statusCode(400).body(containsString("govuk-error-summary"));
        assertNoCookie(refused, PageSession.SESSION_COOKIE);
        // Admins write like oversight members. (A signed-in identity whose roles give no access gets 403: the identity
        // provider can say any group, the dev sign-in cannot: OidcSignInTest.)
        PageSession.signIn(Roles.ADMIN).given().when().get("/oversight").then().statusCode(200)
                .body(not(containsString("read only")));
    }

    @Test
    void aFormWithoutItsCsrfTokenOrWithAnotherIsRefusedAndChangesNothing() {
        String id = recommendation();
        PageSession member = PageSession.signIn(Roles.OVERSIGHT);
        String version = Register.etag(id).replace("\"", "");
        String other = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16]);
        // No token in the form.
        member.given().contentType("application/x-www-form-urlencoded").formParam("version", version)
                .formParam("note", "Forged 1").when().post("/oversight/recommendations/" + id + "/comment")
                .then().statusCode(400);
        // Another token in the form.
        member.given().contentType("application/x-www-form-urlencoded").formParam("csrf-token", other)
                .formParam("version", version).formParam("note", "Forged 2")
                .when().post("/oversight/recommendations/" + id + "/comment").then().statusCode(400);
        // The token, but no cookie to match it (what another site's form would send).
        given().redirects().follow(false).cookie(PageSession.SESSION_COOKIE, member.session())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", member.csrf())
                .formParam("version", version).formParam("note", "Forged 3")
                .when().post("/oversight/recommendations/" + id + "/comment").then().statusCode(400);
        // Sign-in and sign-out are forms too.
        Response noToken = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("role", Roles.ADMIN).when().post("/oversight/dev-sign-in");
        assertEquals(400, noToken.statusCode());
        assertNoCookie(noToken, PageSession.SESSION_COOKIE);
        member.given().contentType("application/x-www-form-urlencoded").when().post("/oversight/sign-out")
                .then().statusCode(400);
        assertNoEntries(id);
        // The same form with its token is accepted.
        member.form().formParam("version", version).formParam("note", "Genuine")
                .when().post("/oversight/recommendations/" + id + "/comment").then().statusCode(303);
        given().header("Authorization", ANALYST).when().get("/v1/recommendations/" + id + "/updates")
                .then().body("items.note", org.hamcrest.Matchers.contains("Genuine"));
    }

    @Test
    void theSessionAndCsrfCookiesAreHttpOnlySecureAndForThePagesOnly() {
        Response form = given().when().get("/oversight/dev-sign-in");
        String csrfCookie = setCookie(form, PageSession.CSRF_COOKIE);
        assertTrue(flags(csrfCookie).containsAll(List.of("httponly", "secure", "path=/oversight")), csrfCookie);
        String csrf = form.getCookie(PageSession.CSRF_COOKIE);
        Response signedIn = given().redirects().follow(false).cookie(PageSession.CSRF_COOKIE, csrf)
                .contentType("application/x-www-form-urlencoded").formParam(PageSession.CSRF_COOKIE, csrf)
                .formParam("role", Roles.INSPECTOR).when().post("/oversight/dev-sign-in");
        assertEquals(303, signedIn.statusCode());
        signedIn.then().header("Location", endsWith("/oversight"));
        String session = setCookie(signedIn, PageSession.SESSION_COOKIE);
        assertTrue(flags(session).containsAll(List.of("httponly", "secure", "samesite=lax", "path=/oversight")), session);
    }

    @Test
    void signOutEndsTheSessionAndLandsOnAPageThatNeedsNone() {
        PageSession member = PageSession.signIn(Roles.INSPECTOR);
        Response out = member.form().when().post("/oversight/sign-out");
        out.then().statusCode(303).header("Location", matchesPattern("^(https?://[^/]+)?/oversight/signed-out$"));
        String cleared = setCookie(out, PageSession.SESSION_COOKIE);
        assertTrue(cleared.contains("Max-Age=0") || cleared.contains("Expires="), cleared);
        // The page it lands on needs no session (no redirect that the form's CSP would stop), and offers to sign in.
        given().redirects().follow(false).accept("text/html").when().get("/oversight/signed-out").then().statusCode(200)
                .body(containsString("You have signed out")).body(containsString("href=\"/oversight\""))
                .body(not(containsString("id=\"sign-out\"")));
        // The browser, having dropped the cookie, is sent to sign in again.
        given().redirects().follow(false).cookie(PageSession.CSRF_COOKIE, member.csrf()).when().get("/oversight")
                .then().statusCode(302).header("Location", endsWith("/oversight/dev-sign-in"));
    }

    @Test
    void theApiPaysNoCsrf_noCookieOnItsAnswers() {
        String id = recommendation();
        Response api = given().header("Authorization", ANALYST).when().get("/v1/recommendations/" + id);
        assertEquals(200, api.statusCode());
        assertNull(api.getHeader("Set-Cookie"), "a /v1 answer sets no cookie");
        Response list = given().header("Authorization", ANALYST).when().get("/v1/recommendations");
        assertNull(list.getHeader("Set-Cookie"), "a /v1 answer sets no cookie");
        given().when().get("/v1/recommendations").then().statusCode(401).header("Set-Cookie", nullValue());
    }

    @Test
    void aPageOpenedWithoutTheCsrfCookieGetsItOnTheWayThroughTheEntryPage() {
        String id = recommendation();
        PageSession member = PageSession.signIn(Roles.OVERSIGHT);
        String page = "/oversight/recommendations/" + id;
        Response first = given().redirects().follow(false).cookie(PageSession.SESSION_COOKIE, member.session())
                .when().get(page);
        first.then().statusCode(303).header("Location",
                endsWith("/oversight?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8)));
        Response entry = given().redirects().follow(false).cookie(PageSession.SESSION_COOKIE, member.session())
                .queryParam("next", page).when().get("/oversight");
        entry.then().statusCode(303).header("Location", endsWith(page));
        String csrf = entry.getCookie(PageSession.CSRF_COOKIE);
        assertTrue(csrf != null && !csrf.isEmpty(), "the entry page makes the CSRF cookie");
        new PageSession(member.session(), csrf).given().when().get(page).then().statusCode(200)
                .body(containsString("value=\"" + csrf + "\""));
        // Only the service's own pages are destinations.
        member.given().queryParam("next", "//evil.example/").when().get("/oversight")
                .then().statusCode(200).body(not(containsString("evil")));
    }

    /** A Set-Cookie header's attributes, lower case, without spaces. */
    static List<String> flags(String setCookie) {
        return java.util.Arrays.stream(setCookie.split(";")).map(f -> f.strip().toLowerCase()).toList();
    }

    static void assertNoCookie(Response r, String name) {
        assertTrue(r.getHeaders().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(name + "=")),
                r.getHeaders().toString());
    }

    static String setCookie(Response r, String name) {
        return r.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + r.getHeaders()));
    }

    static void assertNoEntries(String id) {
        given().header("Authorization", ANALYST).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200).body("items", empty());
    }
}
