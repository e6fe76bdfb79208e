package org.iom.oversight.signin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where sign-out lands: a page anyone may open, with a link to sign in again. It must not need a session: a sign-out
 * form whose answer led on to the identity provider's sign-in (another origin) would be stopped by the pages'
 * Content-Security-Policy ({@code form-action 'self'} holds for a form's redirects too), and the browser would stay
 * on the page it signed out from.
 */
@Path(SignedOut.PATH)
public class SignedOut {

    public static final String PATH = "/oversight/signed-out";

    @Location("oversight/signed-out.html")
    Template page;

    @GET
    @PermitAll
    @Operation(hidden = true)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return page.data("title", "Signed out");
    }
}
