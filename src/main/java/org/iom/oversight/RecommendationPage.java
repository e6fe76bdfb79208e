package org.iom.oversight;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.inspection.RegisterService;
import org.iom.inspection.ResponseDecision;
import org.iom.inspection.TimelinePaging;
import org.iom.inspection.TimelineService;
import org.iom.inspection.TimelineViews.UpdateView;
import org.iom.inspection.UpdateType;
import org.iom.security.Roles;

/**
 * A recommendation's page: text, owner, response (and whether it was late), target-date history, timeline, the cited
 * live figure; and the forms of oversight members. A form carries the version the page showed, sent as If-Match: a
 * page made stale by another member's change is a conflict in the error summary, never a lost update.
 */
@Path("/oversight/recommendations/{recommendationId}")
@Produces(MediaType.TEXT_HTML)
public class RecommendationPage {

    /** The timeline entries shown (oldest first); the API pages through longer timelines. */
    static final int TIMELINE_SHOWN = 200;

    @Inject RegisterService register;
    @Inject TimelineService timeline;
    @Inject RecommendationWrites writes;
    @Inject PageUser user;

    @Location("oversight/recommendation.html")
    Template page;

    @GET
    @Operation(hidden = true)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN, Roles.INSPECTOR})
    public Response show(@PathParam("recommendationId") UUID id, @QueryParam("done") @Size(max = 20) String done) {
        return render(id, 200, List.of(), Map.of()).data("done", done != null);
    }

    @POST
    @Operation(hidden = true)
    @Path("/response")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN})
    public Response respond(@PathParam("recommendationId") UUID id, @BeanParam RecommendationForms.Response form) {
        return write(id, "response", form.values(), () -> writes.respond(id, form));
    }

    @POST
    @Operation(hidden = true)
    @Path("/comment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN})
    public Response comment(@PathParam("recommendationId") UUID id, @BeanParam RecommendationForms.Comment form) {
        return write(id, "comment", form.values(), () -> writes.comment(id, form));
    }

    @POST
    @Operation(hidden = true)
    @Path("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN})
    public Response status(@PathParam("recommendationId") UUID id, @BeanParam RecommendationForms.Status form) {
        return write(id, "status", form.values(), () -> writes.status(id, form));
    }

    @POST
    @Operation(hidden = true)
    @Path("/target-date")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN})
    public Response targetDate(@PathParam("recommendationId") UUID id, @BeanParam RecommendationForms.TargetDate form) {
        return write(id, "target", form.values(), () -> writes.targetDate(id, form));
    }

    /** Post/redirect/get on success; the page again with the error summary (and what was typed) on a refusal. */
    private Response write(UUID id, String form, Map<String, String> typed, Supplier<String> change) {
        try {
            String done = change.get();
            return Response.seeOther(URI.create("/oversight/recommendations/" + id + "?done=" + done + "#timeline"))
                    .build();
        } catch (ProblemException e) {
            if (e.type == ProblemType.NOT_FOUND) {
                throw e;
            }
            boolean stale = e.type == ProblemType.PRECONDITION_FAILED || e.type == ProblemType.PRECONDITION_REQUIRED;
            // A stale page shows the latest version with nothing of the refused change typed in.
            return render(id, stale || e.type == ProblemType.CONFLICT ? 409 : 400, FormError.of(e, form),
                    stale ? Map.of() : typed).data("done", false);
        }
    }

    private Rendered render(UUID id, int status, List<FormError> errors, Map<String, String> typed) {
        var current = register.get(id);
        List<UpdateView> entries = timeline.timeline(id, new TimelinePaging(null, TIMELINE_SHOWN)).items();
        List<UpdateView> revisions = entries.stream().filter(e -> e.type() == UpdateType.TARGET_DATE_REVISION)
                .toList();
        var html = user.page(page, title(current.view())).data("r", current.view())
                .data("version", current.version()).data("timeline", entries)
                .data("revisions", revisions).data("errors", errors).data("typed", typed)
                .data("statuses", current.view().status().allowedTargets())
                .data("decisions", List.of(ResponseDecision.values()));
        return new Rendered(html, status);
    }

    /** A rendered page and its status; {@link #data} adds to it. */
    record Rendered(TemplateInstance html, int status) {
        Response data(String key, Object value) {
            return Response.status(status).entity(html.data(key, value)).type(MediaType.TEXT_HTML_TYPE).build();
        }
    }

    private static String title(org.iom.inspection.RecommendationViews.RecommendationView r) {
        return "Recommendation " + r.number() + ": " + r.inspectionTitle();
    }
}
