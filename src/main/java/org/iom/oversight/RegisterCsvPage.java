package org.iom.oversight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iom.common.csv.CsvWriter;
import org.iom.inspection.RegisterService;
import org.iom.security.Roles;

/** The register page's "download CSV": exactly the filtered view, as the API's CSV register. */
@Path("/oversight/recommendations.csv")
@Produces(CsvWriter.TEXT_CSV)
@RolesAllowed({Roles.OVERSIGHT, Roles.ADMIN, Roles.INSPECTOR})
public class RegisterCsvPage {

    @Inject RegisterService register;

    @GET
    @Operation(hidden = true)
    public Response csv(@Valid @BeanParam RegisterQuery query) {
        return register.csv(query.filter(false)).attachment();
    }
}
