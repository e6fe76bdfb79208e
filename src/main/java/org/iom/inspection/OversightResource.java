package org.iom.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.inspection.OversightViews.OversightSummary;
import org.iom.security.Roles;

/** The national oversight group's view of the register. Operation docs: {@code openapi/oversight.yaml}. */
@Path("/v1/oversight")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Oversight", description = "Summaries of the recommendation register for the national oversight group")
public class OversightResource {

    @Inject OversightService service;

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    public OversightSummary getOversightSummary(@Valid @BeanParam OversightFilter query) {
        return service.summary(query);
    }
}
