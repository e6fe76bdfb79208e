package org.iom.oversight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.iom.inspection.Register;
import org.iom.security.Roles;
import org.iom.support.TestOidcProvider;
import org.iom.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the pages with the identity provider: the real authorization code flow with PKCE against a test OIDC
 * provider ({@link TestOidcProvider}: its own key, real signed ID tokens), driven as a browser would over HTTP. Roles
 * come from the ID token's groups claim; the dev sign-in is off, as in production.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.WithIdentityProvider.class)
class OidcSignInTest {

    /** The pages' identity provider is configured (and with it, the dev sign-in is off). */
    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TestOidcProvider.class));
        }
    }

    /** A browser's cookies, kept across the redirects of a sign-in. */
    static final class Browser {
        final Map<String, String> cookies = new HashMap<>();
        final Map<String, String> setCookies = new HashMap<>();

        /** A GET of a URL as a Location header gives it (already encoded). */
        Response get(String url) {
            return keep(request().urlEncodingEnabled(false).get(url));
        }

        RequestSpecification request() {
            return given().redirects().follow(false).cookies(cookies);
        }

        Response keep(Response r) {
            for (String header : r.getHeaders().getValues("Set-Cookie")) {
                String name = header.substring(0, header.indexOf('='));
                setCookies.put(name, header);
            }
            r.getDetailedCookies().asList().forEach(c -> {
                if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                    cookies.remove(c.getName());
                } else {
                    cookies.put(c.getName(), c.getValue());
                }
            });
            return r;
        }

        String csrf() {
            return cookies.get(PageSession.CSRF_COOKIE);
        }
    }

    /** Opens {@code page}, signs in at the provider as {@code user} in {@code groups}, and is back on the page. */
    static Browser signIn(String page, String user, String name, String groups) {
        Browser browser = new Browser();
        Response challenge = browser.get(page);
        assertEquals(302, challenge.statusCode(), challenge.asString());
        String authorize = challenge.getHeader("Location");
        assertTrue(authorize.startsWith(provider() + "/auth?"), authorize);
        assertTrue(authorize.contains("code_challenge_method=S256") && authorize.contains("code_challenge="), authorize);
        Response login = given().redirects().follow(false).urlEncodingEnabled(false).get(authorize);
        login.then().statusCode(200).body(containsString("id=\"login\""));
        Map<String, String> params = query(URI.create(authorize).getRawQuery());
        params.put("username", user);
        params.put("name", name);
        params.put("groups", groups);
        Response back = given().redirects().follow(false).formParams(params).post(provider() + "/login");
        assertEquals(302, back.statusCode());
        Response callback = browser.get(back.getHeader("Location"));
        assertEquals(302, callback.statusCode(), callback.asString());
        assertTrue(browser.cookies.keySet().stream().anyMatch(c -> c.startsWith("q_session")), browser.cookies.toString());
        // Back on the page asked for; the CSRF cookie is made on the way (CsrfCookieGuard).
        String location = callback.getHeader("Location");
        for (int i = 0; i < 5 && location != null; i++) {
            Response next = browser.get(location);
            location = next.statusCode() / 100 == 3 ? next.getHeader("Location") : null;
        }
        return browser;
    }

    static String provider() {
        return ConfigProvider.getConfig().getValue("iom.oidc.auth-server-url", String.class);
    }

    static Map<String, String> query(String raw) {
        return new HashMap<>(TestOidcProvider.form(raw));
    }

    @Test
    void aMemberSignsInWithTheCodeFlowAndPkce_andTheirWritesCarryTheirIdentity() {
        String id = Register.add(Register.createInspection(LocalDate.of(2024, 5, 1)), "1");
        String page = "/oversight/recommendations/" + id;
        Browser olive = signIn(page, "olive", "Olive Oversight", Roles.OVERSIGHT);
        assertTrue(olive.csrf() != null, olive.cookies.toString());
        Response shown = olive.get(page);
        shown.then().statusCode(200).body(containsString("Signed in as <strong id=\"signed-in-as\">Olive Oversight"))
                .body(containsString("id=\"form-comment\""));
        String version = OversightPagesTest.find(OversightPagesTest.VERSION, shown.asString());
        olive.keep(olive.request().contentType("application/x-www-form-urlencoded")
                .formParam(PageSession.CSRF_COOKIE, olive.csrf()).formParam("version", version)
                .formParam("note", "Reviewed at the March meeting").post(page + "/comment")).then().statusCode(303);
        given().header("Authorization", Tokens.bearer(Roles.ANALYST)).when().get("/v1/recommendations/" + id + "/updates")
                .then().statusCode(200).body("items[0].note", equalTo("Reviewed at the March meeting"))
                .body("items[0].recordedBy", equalTo("idp-olive"));
        String session = olive.setCookies.entrySet().stream().filter(e -> e.getKey().startsWith("q_session"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertTrue(PagesSecurityTest.flags(session).containsAll(
                List.of("httponly", "secure", "samesite=lax", "path=/oversight")), session);
    }

    @Test
    void inspectorsRead_andARoleWithoutAccessGets403() {
        Browser inspector = signIn("/oversight", "ian", "Ian Inspector", Roles.INSPECTOR);
        inspector.get("/oversight/recommendations").then().statusCode(200).body(containsString("read only"));
        Browser analyst = signIn("/oversight", "ana", "Ana Analyst", Roles.ANALYST + " iom-practitioner");
        analyst.get("/oversight/recommendations").then().statusCode(403);
        analyst.get("/oversight").then().statusCode(403);
    }

    @Test
    void aCodeExchangedWithoutTheRightVerifierGivesNoSession() {
        Browser browser = new Browser();
        String authorize = browser.get("/oversight").getHeader("Location");
        Map<String, String> params = query(URI.create(authorize).getRawQuery());
        params.put("username", "mallory");
        params.put("groups", Roles.ADMIN);
        String callback = given().redirects().follow(false).formParams(params).post(provider() + "/login")
                .getHeader("Location");
        String code = query(URI.create(callback).getRawQuery()).get("code");
        // Someone who caught the code cannot use it without the verifier only the service holds...
        given().formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", params.get("redirect_uri")).formParam("code_verifier", "guessed-verifier")
                .formParam("client_id", TestOidcProvider.CLIENT_ID).formParam("client_secret", TestOidcProvider.CLIENT_SECRET)
                .post(provider() + "/token").then().statusCode(400).body(containsString("code_verifier"));
        // ...and a code is good once: the service's own exchange of it now fails, and there is no session.
        Response refused = browser.get(callback);
        assertEquals(401, refused.statusCode());
        assertFalse(browser.cookies.keySet().stream().anyMatch(c -> c.startsWith("q_session")), browser.cookies.toString());
    }

    @Test
    void signOutEndsTheSession() {
        Browser olive = signIn("/oversight", "olive", "Olive Oversight", Roles.OVERSIGHT);
        Response out = olive.keep(olive.request().contentType("application/x-www-form-urlencoded")
                .formParam(PageSession.CSRF_COOKIE, olive.csrf()).post("/oversight/sign-out"));
        out.then().statusCode(303).header("Location", matchesPattern("^(https?://[^/]+)?/oversight/signed-out$"));
        assertFalse(olive.cookies.keySet().stream().anyMatch(c -> c.startsWith("q_session")), olive.cookies.toString());
        olive.get("/oversight").then().statusCode(302).header("Location", startsWith(provider() + "/auth?"));
    }

    @Test
    void theDevSignInIsOff_andTheApiKeepsItsBearerTokens() {
        given().redirects().follow(false).when().get("/oversight/dev-sign-in").then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Roles.ANALYST)).when().get("/v1/recommendations")
                .then().statusCode(200);
        given().when().get("/v1/recommendations").then().statusCode(401);
    }
}
