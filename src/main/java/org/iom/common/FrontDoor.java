package org.iom.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /}, the service's front door (not part of the API contract, like {@code /q/*}; ADR 0034). A browser
 * (an {@code Accept} naming {@code text/html}) is sent on to {@link #BROWSER_TARGET} with a 303; any other client gets
 * a small JSON index of where things are. Retarget the browser by changing {@link #BROWSER_TARGET} only.
 */
@ApplicationScoped
public class FrontDoor {

    /** Where a browser is sent: the oversight group's pages (which link to the API documentation). */
    static final String BROWSER_TARGET = "/oversight";

    @Inject ObjectMapper json;
    @Inject RouteFailureHandler problems;

    @ConfigProperty(name = "quarkus.smallrye-openapi.info-version")
    String version;

    private byte[] index;

    void install(@Observes Router router) throws Exception {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("name", "IOM service API");
        links.put("version", version);
        links.put("api", "/v1");
        links.put("contract", "/q/openapi");
        links.put("documentation", "/q/swagger-ui/");
        links.put("pages", BROWSER_TARGET);
        links.put("health", "/q/health");
        index = json.writeValueAsBytes(links);
        // Only "/" (a path route matches that path alone): no other request pays for this handler.
        router.route("/").order(-20).handler(this::answer);
    }

    private void answer(RoutingContext ctx) {
        String method = ctx.request().method().name();
        var response = ctx.response();
        if (method.equals("OPTIONS")) {
            response.setStatusCode(204).putHeader("Allow", "GET, HEAD, OPTIONS").end();
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
            response.putHeader("Allow", "GET, HEAD, OPTIONS");
            problems.writeProblem(ctx, ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed on /.", false);
        } else if (wantsHtml(ctx.request().getHeader("Accept"))) {
            response.setStatusCode(303).putHeader("Location", BROWSER_TARGET).putHeader("Vary", "Accept").end();
        } else {
            response.setStatusCode(200).putHeader("Content-Type", "application/json").putHeader("Vary", "Accept")
                    .end(Buffer.buffer(index));
        }
    }

    /** A browser's navigation names text/html; API clients send application/json, {@code *}{@code /*} or nothing. */
    static boolean wantsHtml(String accept) {
        return accept != null && accept.toLowerCase().contains("text/html");
    }
}
