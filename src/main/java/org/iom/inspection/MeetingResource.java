package org.iom.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.Idempotency;
import org.iom.common.Paging;
import org.iom.common.csv.CsvWriter;
import org.iom.inspection.MeetingViews.Agenda;
import org.iom.inspection.MeetingViews.MeetingPack;
import org.iom.inspection.MeetingViews.MeetingPage;
import org.iom.inspection.MeetingViews.MeetingView;
import org.iom.inspection.MeetingViews.NewMeeting;
import org.iom.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** Oversight meetings, their computed agendas and packs. Operation docs: {@code openapi/oversight.yaml}. */
@Path("/v1/oversight/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Oversight", description = "Summaries of the recommendation register for the national oversight group")
public class MeetingResource {

    /** The longest CSV pack the contract promises. */
    static final int CSV_MAX = 100_000_000;

    @Inject MeetingService meetings;
    @Inject AgendaService agendas;
    @Inject Idempotency idempotency;
    @Context UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN})
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response createOversightMeeting(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull NewMeeting body) {
        return idempotency.execute(idempotencyKey, "POST /v1/oversight/meetings", body,
                () -> meetings.create(body).created("/v1/oversight/meetings", MeetingView::id));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    public RestResponse<MeetingPage> listOversightMeetings(@Valid @BeanParam TimelinePaging query) {
        return Paging.page(meetings.page(query), uri);
    }

    @GET
    @Path("/{meetingId}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response getOversightMeeting(@PathParam("meetingId") UUID meetingId) {
        return meetings.get(meetingId).ok();
    }

    @GET
    @Path("/{meetingId}/agenda")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    public Agenda getOversightMeetingAgenda(@PathParam("meetingId") UUID meetingId) {
        return agendas.agenda(meetingId);
    }

    @GET
    @Path("/{meetingId}/pack")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingPack.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = CSV_MAX))})
    public MeetingPack getOversightMeetingPack(@PathParam("meetingId") UUID meetingId) {
        return agendas.pack(meetingId);
    }
}
