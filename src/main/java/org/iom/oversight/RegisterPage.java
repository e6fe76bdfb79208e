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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iom.inspection.InspectionService;
import org.iom.inspection.Priority;
import org.iom.inspection.RecommendationRag;
import org.iom.inspection.RecommendationStatus;
import org.iom.inspection.RecommendationViews.RecommendationPage;
import org.iom.inspection.RegisterService;
import org.iom.security.Roles;

/** The register: the API's filters as a form, paged; "download CSV" gives exactly the filtered view. */
@Path("/oversight/recommendations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN, Roles.INSPECTOR})
public class RegisterPage {

    @Inject RegisterService register;
    @Inject InspectionService inspections;
    @Inject PageUser user;

    @Location("oversight/register.html")
    Template page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@Valid @BeanParam RegisterQuery query) {
        RecommendationPage rows = register.list(query.filter(true));
        String qs = query.queryString();
        return user.page(page, "Register").data("rows", rows.items()).data("total", rows.total())
                .data("query", query).data("filtered", query.filtered())
                .data("csv", "/oversight/recommendations.csv" + (qs.isEmpty() ? "" : "?" + qs))
                .data("next", rows.nextCursor() == null ? null : "/oversight/recommendations?" + (qs.isEmpty() ? ""
                        : qs + "&") + "cursor=" + rows.nextCursor())
                .data("statuses", List.of(RecommendationStatus.values())).data("rags", List.of(RecommendationRag.values()))
                .data("priorities", List.of(Priority.values()));
    }
}
