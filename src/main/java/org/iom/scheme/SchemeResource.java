package org.iom.scheme;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.ETags;
import org.iom.common.Idempotency;
import org.iom.common.MergePatch;
import org.iom.common.Paging;
import org.iom.common.ProblemException;
import org.iom.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * IOM schemes: admins write, every role reads (schemes are not personal data). Operation docs:
 * {@code openapi/schemes.yaml}.
 */
@Path("/v1/schemes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schemes", description = "IOM schemes: the local arrangements, each tied to a police force and a probation region")
public class SchemeResource {

    @Context UriInfo uri;
    @Inject SchemeService service;
    @Inject Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SchemeView.class)))
    public Response createScheme(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull @Valid NewScheme body) {
        return idempotency.execute(idempotencyKey, "POST /v1/schemes", body, () -> {
            SchemeView created = service.create(body);
            return ETags.created(uri.getBaseUriBuilder().path("v1/schemes/{id}").build(created.id()), created,
                    created.version());
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.ANALYST, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.AUDITOR})
    public RestResponse<SchemePage> listSchemes(@Valid @BeanParam SchemeFilter query) {
        return Paging.page(service.list(query), uri);
    }

    @GET
    @Path("/{schemeId}")
    @RolesAllowed({Roles.ADMIN, Roles.PRACTITIONER, Roles.ANALYST, Roles.INSPECTOR, Roles.OVERSIGHT, Roles.AUDITOR})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchemeView.class)))
    public Response getScheme(
            @PathParam("schemeId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) UUID schemeId) {
        SchemeView view = service.get(schemeId).orElseThrow(() -> ProblemException.notFound("Scheme", schemeId));
        return ETags.ok(view, view.version());
    }

    @PATCH
    @Path("/{schemeId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ADMIN)
    @RequestBody(content = @Content(schema = @Schema(implementation = SchemePatch.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SchemeView.class)))
    public Response updateScheme(
            @PathParam("schemeId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) UUID schemeId,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @NotNull JsonNode body) {
        return idempotency.execute(idempotencyKey, "PATCH /v1/schemes/" + schemeId, body, () -> {
            SchemeView view = service.patch(schemeId, body, ifMatch);
            return ETags.ok(view, view.version());
        });
    }
}
