package org.iom.oversight;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The pages' Content-Security-Policy: scripts, styles, fonts and images from the service only, nothing inline (no
 * {@code unsafe-inline}), forms posted only to the service; and no caching of pages that show who did what.
 */
public class PageHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/oversight")) {
            response.getHeaders().putSingle("Content-Security-Policy", CSP);
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
