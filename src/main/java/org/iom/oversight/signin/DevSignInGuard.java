package org.iom.oversight.signin;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The dev sign-in lets anyone choose a role: a production start (launch mode NORMAL) with {@code iom.pages.dev-sign-in}
 * switched on stops here. (A production build has no dev sign-in at all: its classes are dev and test only.)
 */
@ApplicationScoped
public class DevSignInGuard {

    @Inject PagesSignInConfig config;

    void onStart(@Observes StartupEvent event) {
        check(LaunchMode.current(), config.devSignIn());
    }

    /** Throws when {@code devSignIn} is on in a production launch. */
    static void check(LaunchMode mode, boolean devSignIn) {
        if (devSignIn && mode == LaunchMode.NORMAL) {
            throw new ConfigurationException("iom.pages.dev-sign-in is for dev mode and tests only: a production start"
                    + " refuses it. Sign-in to the pages is the identity provider's (IOM_OIDC_*, README).");
        }
    }
}
