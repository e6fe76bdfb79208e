package org.iom.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.csv.CsvWriter;
import org.iom.inspection.LiveFigureViews.LiveFigureList;
import org.iom.inspection.RecommendationViews.FigureValue;
import org.iom.security.Roles;

/** The live figures recommendations and findings may cite. Operation docs: {@code openapi/live-figures.yaml}. */
@Path("/v1/live-figures")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Live figures", description = "Figures of the service a recommendation or an inspection's finding may"
        + " cite, with their current values")
public class LiveFigureResource {

    /** The bound of a CSV answer in the contract. */
    static final int CSV_MAX = 1_000_000;

    @Inject LiveFigureService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LiveFigureList.class)),
            @Content(mediaType = CsvWriter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = CSV_MAX))})
    public LiveFigureList listLiveFigures(@Valid @BeanParam LiveFigureQuery query) {
        return service.list(query.keys());
    }

    @GET
    @Path("/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.ANALYST, Roles.PRACTITIONER, Roles.AUDITOR})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FigureValue.class)))
    public FigureValue getLiveFigure(@PathParam("key") String key) {
        return service.get(key);
    }
}
