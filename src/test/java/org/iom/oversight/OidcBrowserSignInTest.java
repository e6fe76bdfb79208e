package org.iom.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import org.iom.security.Roles;
import org.iom.support.TestOidcProvider;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the pages with the identity provider, in Debian's headless chromium (ADR 0044): the real authorization
 * code flow with PKCE against {@link TestOidcProvider} (its sign-in form, real signed ID tokens), as configured in
 * production (the dev sign-in is off). {@link OidcSignInTest} drives the same flow over HTTP, step by step.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.WithIdentityProvider.class)
class OidcBrowserSignInTest {

    @TestHTTPResource("/")
    URL service;

    @Test
    void aMemberSignsInAtTheIdentityProviderReadsThePagesAndSignsOut() throws Exception {
        try (Browser b = Browser.start(service)) {
            b.driver.get(service + "oversight");
            // No session: the browser is sent to the provider's sign-in form (not the dev sign-in, which is off).
            URI atProvider = URI.create(b.driver.getCurrentUrl());
            assertEquals("/realms/iom/auth", atProvider.getPath(), "the provider's authorization endpoint: " + atProvider);
            assertTrue(atProvider.getRawQuery().contains("code_challenge_method=S256"), "PKCE: " + atProvider);
            b.screenshot("oidc-provider-sign-in");
            b.find("#username").clear();
            b.find("#username").sendKeys("ivy");
            b.find("#name").clear();
            b.find("#name").sendKeys("Ivy Inspector");
            b.find("#groups").clear();
            b.find("#groups").sendKeys(Roles.INSPECTOR);
            b.clickAndWait(b.find("#login"));

            // Back on the page first asked for, signed in as an inspector, who reads.
            assertEquals(service + "oversight", b.driver.getCurrentUrl());
            assertTrue(b.find("h1").getText().contains("At a glance"));
            assertFalse(b.all("#sign-out").isEmpty(), "signed in: the header offers to sign out");
            b.seen("summary-signed-in-with-oidc");
            b.visit("/oversight/recommendations", "register-signed-in-with-oidc");

            // Signing out ends the session and lands on a page that needs none; the next page is the provider's
            // sign-in again.
            String before = b.driver.getCurrentUrl();
            b.find("#sign-out").click();
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(20))
                        .until(d -> !d.getCurrentUrl().equals(before));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("still on " + b.driver.getCurrentUrl() + ":\n" + b.driver.getPageSource(), e);
            }
            assertEquals(service + "oversight/signed-out", b.driver.getCurrentUrl());
            b.seen("signed-out");
            assertTrue(b.all("#sign-out").isEmpty(), "signed out: no session to end");
            b.driver.get(service + "oversight");
            assertTrue(b.driver.getCurrentUrl().startsWith("http://127.0.0.1:"),
                    "signed out: sent to the provider again, not " + b.driver.getCurrentUrl());
            assertFalse(b.all("#login").isEmpty(), "the provider's sign-in form");
        }
    }
}
