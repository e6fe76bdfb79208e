package org.iom.oversight.signin;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iom.security.Roles;

/**
 * The dev sign-in (dev mode and tests only, never in a production build: {@link DevSignInGuard}): choose a role of the
 * pages and, if you like, a name; the session is a signed cookie ({@link DevSession}) with the flags of the identity
 * provider's session ({@code HttpOnly}, {@code Secure}, {@code SameSite=Lax}, path {@code /oversight}).
 */
@IfBuildProfile(anyOf = {"dev", "test"})
@Path(DevSessionMechanism.SIGN_IN)
@PermitAll
public class DevSignIn {

    /** A role offered: its name in the {@code groups} claim and what it lets you do. */
    @TemplateData
    public record RoleOption(String value, String label) {}

    /** The roles offered, in the order shown (the first is checked). */
    static final List<RoleOption> ROLES = List.of(new RoleOption(Roles.OVERSIGHT, "Oversight group member (writes)"),
            new RoleOption(Roles.ADMIN, "Administrator (writes)"), new RoleOption(Roles.INSPECTOR, "Inspector (reads)"));
    static final Duration SESSION = Duration.ofHours(8);
    static final int MAX_NAME = 100;

    @Inject PagesSignInConfig config;

    @Location("oversight/dev-sign-in.html")
    Template page;

    @GET
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return form(null);
    }

    @POST
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("role") String role, @FormParam("name") String name) {
        String given = name == null ? "" : name.strip();
        if (ROLES.stream().noneMatch(r -> r.value().equals(role)) || given.length() > MAX_NAME) {
            String problem = given.length() > MAX_NAME ? "Your name must be " + MAX_NAME + " characters or fewer"
                    : "Select the role to sign in with";
            return Response.status(400).entity(form(problem)).build();
        }
        DevSession session = new DevSession(role, given, Instant.now().plus(SESSION));
        NewCookie cookie = new NewCookie.Builder(DevSession.COOKIE).value(session.encode()).path("/oversight")
                .httpOnly(true).secure(true).sameSite(NewCookie.SameSite.LAX).maxAge((int) SESSION.toSeconds()).build();
        return Response.seeOther(URI.create("/oversight")).cookie(cookie).build();
    }

    private TemplateInstance form(String problem) {
        if (!config.devSignIn()) {
            throw new NotFoundException();
        }
        return page.data("roles", ROLES).data("problem", problem).data("title", "Sign in (dev only)");
    }
}
