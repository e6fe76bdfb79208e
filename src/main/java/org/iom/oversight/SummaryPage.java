package org.iom.oversight;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iom.common.AppClock;
import org.iom.inspection.MeetingService;
import org.iom.inspection.MeetingViews.MeetingView;
import org.iom.inspection.OversightFilter;
import org.iom.inspection.RegisterService;
import org.iom.inspection.OversightService;
import org.iom.inspection.OversightViews.OversightSummary;
import org.iom.inspection.OversightViews.StatusCounts;
import org.iom.inspection.OversightViews.TrackingCounts;
import org.iom.oversight.signin.CsrfCookieGuard;
import org.iom.security.Roles;

/**
 * At a glance: the register by status and RAG, overdue, late responses, stale, changed since the last meeting, open
 * and overdue actions by owner, per inspection; charts with tables.
 */
@Path("/oversight")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN, Roles.INSPECTOR})
public class SummaryPage {

    @Inject OversightService oversight;
    @Inject MeetingService meetings;
    @Inject RegisterService register;
    @Inject AppClock clock;
    @Inject PageUser user;

    @Location("oversight/summary.html")
    Template page;

    @GET
    @Operation(hidden = true)
    public Response show(@QueryParam("next") @Size(max = 4000) String next) {
        String back = CsrfCookieGuard.safeNext(next);
        if (back != null) {
            // The CSRF cookie is made here, on the way back to the page asked for (CsrfCookieGuard).
            return Response.seeOther(URI.create(back)).build();
        }
        OversightSummary s = oversight.summary(new OversightFilter(null, null, null, null, null));
        TrackingCounts t = s.totals();
        return Response.ok(user.page(page, "At a glance").data("s", s).data("byStatus", byStatus(t.byStatus()))
                .data("byRag", byRag(t)).data("attention", attention(t)).data("sinceMeeting", sinceLastMeeting()))
                .build();
    }

    /** What changed since the latest meeting held by today (of any group), with the register's view of it; or null. */
    SinceMeeting sinceLastMeeting() {
        return meetings.latestHeldBy(clock.today()).map(m -> {
            RegisterQuery q = new RegisterQuery(null, null, null, null, null, null, null, null, null, null,
                    m.heldOn().toString(), null, null, null, 1);
            return new SinceMeeting(m, register.list(q.filter(false)).total(),
                    "/oversight/recommendations?" + q.queryString());
        }).orElse(null);
    }

    /** The latest meeting, how many recommendations changed since its day, and the register filtered on them. */
    @io.quarkus.qute.TemplateData
    public record SinceMeeting(MeetingView meeting, Long changed, String link) {}

    static BarChart byStatus(StatusCounts c) {
        return BarChart.of("status", "Recommendations by status", List.of(
                new BarChart.Item("Open", c.open(), "OPEN", "neutral"),
                new BarChart.Item("In progress", c.inProgress(), "IN_PROGRESS", "neutral"),
                new BarChart.Item("Implemented", c.implemented(), "IMPLEMENTED", "neutral"),
                new BarChart.Item("Partly implemented", c.partlyImplemented(), "PARTLY_IMPLEMENTED", "neutral"),
                new BarChart.Item("Not implemented", c.notImplemented(), "NOT_IMPLEMENTED", "neutral"),
                new BarChart.Item("Superseded", c.superseded(), "SUPERSEDED", "neutral"),
                new BarChart.Item("Withdrawn", c.withdrawn(), "WITHDRAWN", "neutral")));
    }

    static BarChart byRag(TrackingCounts t) {
        return BarChart.of("rag", "Open recommendations by RAG rating", List.of(
                new BarChart.Item("Red", t.red(), "rag=RED", "red"),
                new BarChart.Item("Amber", t.amber(), "rag=AMBER", "amber"),
                new BarChart.Item("Green", t.green(), "rag=GREEN", "green")));
    }

    static BarChart attention(TrackingCounts t) {
        return BarChart.of("attention", "Needing attention", List.of(
                new BarChart.Item("Overdue", t.overdue(), "overdue=yes", "red"),
                new BarChart.Item("Response late (56 days)", t.lateResponses(), null, "amber"),
                new BarChart.Item("Stale (no update for 90 days)", t.stale(), "stale=yes", "amber"),
                new BarChart.Item("Due in 30 days", t.dueIn30Days(), null, "neutral")));
    }
}
