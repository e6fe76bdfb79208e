package org.iom.oversight.signin;

import io.quarkus.oidc.OidcSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Sign-out (the header's button, a form with its CSRF token): ends the session, the identity provider's (quarkus-oidc
 * removes its session cookie) or the dev sign-in's, and lands on {@link SignedOut} (a page that needs no session). The identity provider's own session is
 * left alone: signing in again may not ask for a password.
 */
@Path("/oversight/sign-out")
public class SignOut {

    @Inject OidcSession oidc;

    @POST
    @RolesAllowed("**") // anyone signed in, whatever their roles
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> signOut(@Context HttpHeaders headers) {
        Response.ResponseBuilder home = Response.seeOther(URI.create(SignedOut.PATH));
        if (headers.getCookies().containsKey(DevSession.COOKIE)) {
            return Uni.createFrom().item(home.cookie(new NewCookie.Builder(DevSession.COOKIE).value("")
                    .path("/oversight").httpOnly(true).secure(true).sameSite(NewCookie.SameSite.LAX).maxAge(0)
                    .build()).build());
        }
        return oidc.logout().map(done -> home.build());
    }
}
