package org.iom.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.ProblemException;
import org.iom.reference.ReferenceViews.PoliceForceList;
import org.iom.reference.ReferenceViews.PoliceForceView;
import org.iom.reference.ReferenceViews.ProbationRegionList;
import org.iom.reference.ReferenceViews.ProbationRegionView;
import org.iom.security.Roles;

/** Police forces and probation regions: read by every role. Operation docs: {@code openapi/reference.yaml}. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "The 43 police forces and 12 probation regions that schemes belong to")
@RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.ANALYST, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.AUDITOR})
public class ReferenceResource {

    @Inject ReferenceService service;

    @GET
    @Path("/police-forces")
    public PoliceForceList listPoliceForces() {
        return new PoliceForceList(service.forces());
    }

    @GET
    @Path("/police-forces/{policeForceId}")
    public PoliceForceView getPoliceForce(@PathParam("policeForceId") String id) {
        return service.force(id).orElseThrow(() -> ProblemException.notFound("Police force", id));
    }

    @GET
    @Path("/probation-regions")
    public ProbationRegionList listProbationRegions() {
        return new ProbationRegionList(service.regions());
    }

    @GET
    @Path("/probation-regions/{probationRegionCode}")
    public ProbationRegionView getProbationRegion(@PathParam("probationRegionCode") String code) {
        return service.region(code).orElseThrow(() -> ProblemException.notFound("Probation region", code));
    }
}
