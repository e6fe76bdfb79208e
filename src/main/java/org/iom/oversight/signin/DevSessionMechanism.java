package org.iom.oversight.signin;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The pages' session of the dev sign-in ({@link DevSignIn}), in dev mode and tests only: it reports itself as the
 * authorization-code mechanism (scheme {@code code}), which {@code quarkus.http.auth.permission.pages} asks for on
 * {@code /oversight}, so it stands in for the identity provider's sign-in while {@code iom.pages.dev-sign-in} is on.
 * Its challenge sends the browser to the dev sign-in page. Not built into a production jar.
 */
@IfBuildProfile(anyOf = {"dev", "test"})
@ApplicationScoped
public class DevSessionMechanism implements HttpAuthenticationMechanism {

    static final String SIGN_IN = "/oversight/dev-sign-in";
    private static final HttpCredentialTransport CODE =
            new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION_CODE, "code");

    @Inject PagesSignInConfig config;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!config.devSignIn() || !context.request().path().startsWith("/oversight")) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(DevSession.COOKIE);
        DevSession session = cookie == null ? null : DevSession.decode(cookie.getValue(), Instant.now());
        return Uni.createFrom().item(session == null ? null : identity(session));
    }

    static SecurityIdentity identity(DevSession session) {
        Map<String, Object> claims = Map.of("sub", session.subject(), "name", session.displayName(),
                "groups", Set.of(session.role()), "azp", "dev-sign-in");
        return QuarkusSecurityIdentity.builder().setPrincipal(new ClaimsPrincipal(session.subject(), claims))
                .addRole(session.role()).setAnonymous(false).build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(config.devSignIn() ? new ChallengeData(302, "Location", SIGN_IN) : null);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(config.devSignIn() ? CODE : null);
    }

    /** Before the identity provider's mechanism (quarkus-oidc, 1001), so that it is the one chosen while it is on. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 2;
    }
}
