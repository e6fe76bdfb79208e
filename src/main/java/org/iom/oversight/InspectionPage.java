package org.iom.oversight;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iom.inspection.FindingService;
import org.iom.inspection.InspectionService;
import org.iom.inspection.RecommendationFilter;
import org.iom.inspection.RegisterService;
import org.iom.security.Roles;

/** An inspection: its findings then and now (the reported baseline beside today's live figure), its recommendations. */
@Path("/oversight/inspections/{inspectionId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN, Roles.INSPECTOR})
public class InspectionPage {

    /** Recommendations listed on the page; the register (filtered to the inspection) pages through more. */
    static final int SHOWN = 200;

    @Inject InspectionService inspections;
    @Inject FindingService findings;
    @Inject RegisterService register;
    @Inject PageUser user;

    @Location("oversight/inspection.html")
    Template page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("inspectionId") UUID id) {
        var inspection = inspections.get(id).view();
        var recommendations = register.list(new RecommendationFilter(null, null, null, null, null, id, null, null,
                null, null, null, null, null, null, null, null, null, null, SHOWN, true));
        return user.page(page, inspection.title()).data("i", inspection)
                .data("findings", findings.findings(id).items())
                .data("recommendations", recommendations.items()).data("total", recommendations.total());
    }
}
