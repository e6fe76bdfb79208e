package org.iom.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's session of the pages for HTTP tests, made by the dev sign-in as a person would: open the sign-in page
 * (which gives the CSRF cookie), post the role with the form's token, keep the session cookie.
 *
 * @param session the dev session cookie's value
 * @param csrf the CSRF cookie's value, which is also the token the pages' forms carry
 */
public record PageSession(String session, String csrf) {

    public static final String SESSION_COOKIE = "iom-dev-session";
    public static final String CSRF_COOKIE = "csrf-token";

    public static PageSession signIn(String role) {
        return signIn(role, "");
    }

    public static PageSession signIn(String role, String name) {
        Response form = RestAssured.given().redirects().follow(false).when().get("/oversight/dev-sign-in");
        assertEquals(200, form.statusCode(), form.asString());
        String csrf = form.getCookie(CSRF_COOKIE);
        assertNotNull(csrf, "the sign-in page sets the CSRF cookie");
        Response signedIn = RestAssured.given().redirects().follow(false).cookie(CSRF_COOKIE, csrf)
                .contentType("application/x-www-form-urlencoded").formParam(CSRF_COOKIE, csrf)
                .formParam("role", role).formParam("name", name)
                .when().post("/oversight/dev-sign-in");
        assertEquals(303, signedIn.statusCode(), signedIn.asString());
        return new PageSession(signedIn.getCookie(SESSION_COOKIE), csrf);
    }

    /** A request of this browser: its cookies, redirects not followed. */
    public RequestSpecification given() {
        return RestAssured.given().redirects().follow(false).cookie(SESSION_COOKIE, session).cookie(CSRF_COOKIE, csrf);
    }

    /** A form post of this browser with its CSRF token. */
    public RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded").formParam(CSRF_COOKIE, csrf);
    }
}
