package org.iom.oversight.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How people sign in to the oversight pages (ADR 0041). */
@ConfigMapping(prefix = "iom.pages")
public interface PagesSignInConfig {

    /**
     * The dev sign-in page (choose a role, no identity provider): on in dev mode and tests only. It does not exist in
     * a production build, and a production start with it switched on stops ({@link DevSignInGuard}).
     */
    @WithName("dev-sign-in")
    @WithDefault("false")
    boolean devSignIn();
}
