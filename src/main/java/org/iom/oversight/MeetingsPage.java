package org.iom.oversight;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iom.inspection.AgendaService;
import org.iom.inspection.InspectionService;
import org.iom.inspection.MeetingService;
import org.iom.inspection.MeetingViews.MeetingPack;
import org.iom.inspection.MeetingViews.MeetingPage;
import org.iom.inspection.TimelinePaging;
import org.iom.security.Roles;

/**
 * The oversight group's meetings: the list, and a meeting's agenda (each item with why it is there), its decisions and
 * its papers, from the API's services (ADR 0039). The print view is the same papers laid out as an A4 meeting pack,
 * one recommendation per page ({@code static/oversight.css}, {@code @media print}).
 */
@Path("/oversight/meetings")
@Produces(MediaType.TEXT_HTML)
public class MeetingsPage {

    @Inject MeetingService meetings;
    @Inject AgendaService agendas;
    @Inject InspectionService inspections;
    @Inject PageUser user;

    @Location("oversight/meetings.html")
    Template index;

    @Location("oversight/meeting.html")
    Template meeting;

    @Location("oversight/meeting-pack.html")
    Template print;

    @GET
    @Operation(hidden = true)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN, Roles.INSPECTOR})
    public TemplateInstance list(@Valid @BeanParam TimelinePaging paging) {
        MeetingPage page = meetings.page(paging);
        return user.page(index, "Meetings").data("meetings", page.items())
                .data("next", page.nextCursor() == null ? null : "/oversight/meetings?cursor=" + page.nextCursor());
    }

    /**
     * A meeting's page; with {@code /pack}, its print view: the meeting pack, a cover with the details, the agenda and
     * the decisions, then a page per item.
     */
    @GET
    @Path("/{meetingId}{view : (/pack)?}")
    @Operation(hidden = true)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN, Roles.INSPECTOR})
    public TemplateInstance show(@PathParam("meetingId") UUID id, @PathParam("view") String view) {
        return view == null || view.isEmpty() ? papers(meeting, id, "") : papers(print, id, "Meeting pack: ");
    }

    private TemplateInstance papers(Template template, UUID id, String titlePrefix) {
        MeetingPack pack = agendas.pack(id);
        List<String> scope = pack.meeting().inspectionIds().stream()
                .map(i -> inspections.get(i).view().title()).toList();
        MeetingPapers p = MeetingPapers.of(pack, scope);
        return user.page(template, titlePrefix + p.meeting().group() + ", " + PageText.uk(p.meeting().heldOn()))
                .data("p", p).data("m", p.meeting());
    }
}
