package org.iom.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.ProblemException;
import org.iom.reference.ReferenceViews.PoliceForceList;
import org.iom.reference.ReferenceViews.PoliceForceView;
import org.iom.reference.ReferenceViews.ProbationRegionList;
import org.iom.reference.ReferenceViews.ProbationRegionView;
import org.iom.security.Roles;

/** Police forces and probation regions: read by every role. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "The 43 police forces and 12 probation regions that schemes belong to")
@RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.ANALYST, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.AUDITOR})
public class ReferenceResource {

    @Inject
    ReferenceService service;

    @GET
    @Path("/police-forces")
    @Operation(operationId = "listPoliceForces", summary = "List the 43 territorial police forces",
            description = "Every force with its current and former names. Roles: any.")
    @APIResponse(responseCode = "200", description = "The forces, ordered by id",
            content = @Content(schema = @Schema(implementation = PoliceForceList.class), examples = @ExampleObject(
                    name = "forces", value = """
                    {"items":[{"id":"avon-and-somerset","name":"Avon and Somerset Constabulary","country":"ENGLAND",\
                    "names":[{"name":"Avon and Somerset Constabulary","validFrom":null,"validTo":null,"note":null}]}]}""")))
    public PoliceForceList forces() {
        return new PoliceForceList(service.forces());
    }

    @GET
    @Path("/police-forces/{policeForceId}")
    @Operation(operationId = "getPoliceForce", summary = "Get one police force",
            description = "Roles: any.")
    @APIResponse(responseCode = "200", description = "The force",
            content = @Content(schema = @Schema(implementation = PoliceForceView.class), examples = @ExampleObject(
                    name = "hampshire", value = """
                    {"id":"hampshire","name":"Hampshire and Isle of Wight Constabulary","country":"ENGLAND","names":[\
                    {"name":"Hampshire Constabulary","validFrom":null,"validTo":"2021-12-31","note":"Renamed in 2022; the exact day of the change is not verified (year only)."},\
                    {"name":"Hampshire and Isle of Wight Constabulary","validFrom":"2022-01-01","validTo":null,"note":"Name in use since 2022; the exact day of the change is not verified (year only)."}]}""")))
    @APIResponse(responseCode = "404", description = "No such force",
            content = @Content(mediaType = org.iom.common.Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = org.iom.common.Problem.class)))
    public PoliceForceView force(
            @Parameter(description = "Force slug", example = "west-midlands",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^[a-z-]{1,40}$"))
            @PathParam("policeForceId") String id) {
        return service.force(id).orElseThrow(() -> ProblemException.notFound("Police force", id));
    }

    @GET
    @Path("/probation-regions")
    @Operation(operationId = "listProbationRegions", summary = "List the 12 probation regions",
            description = "Roles: any.")
    @APIResponse(responseCode = "200", description = "The regions, ordered by code",
            content = @Content(schema = @Schema(implementation = ProbationRegionList.class), examples = @ExampleObject(
                    name = "regions", value = """
                    {"items":[{"code":"N03","name":"Wales"},{"code":"N07","name":"London"}]}""")))
    public ProbationRegionList regions() {
        return new ProbationRegionList(service.regions());
    }

    @GET
    @Path("/probation-regions/{probationRegionCode}")
    @Operation(operationId = "getProbationRegion", summary = "Get one probation region", description = "Roles: any.")
    @APIResponse(responseCode = "200", description = "The region",
            content = @Content(schema = @Schema(implementation = ProbationRegionView.class), examples = @ExampleObject(
                    name = "west-midlands", value = """
                    {"code":"N52","name":"West Midlands"}""")))
    @APIResponse(responseCode = "404", description = "No such region")
    public ProbationRegionView region(
            @Parameter(description = "Region code", example = "N52", schema = @Schema(type = SchemaType.STRING, maxLength = 3, pattern = "^N[0-9]{2}$"))
            @PathParam("probationRegionCode") String code) {
        return service.region(code).orElseThrow(() -> ProblemException.notFound("Probation region", code));
    }
}
