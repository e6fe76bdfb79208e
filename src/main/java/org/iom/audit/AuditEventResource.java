package org.iom.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.common.Paging;
import org.jboss.resteasy.reactive.RestResponse;
import org.iom.security.Roles;

/**
 * The access log, for auditors only (DPA 2018 s62(3): logs serve lawfulness checks, self-monitoring and integrity).
 * Operation docs: {@code openapi/audit.yaml}.
 */
@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log", description = "DPA 2018 Part 3 s62 log of every collection, alteration, consultation, disclosure and erasure of case data")
@RolesAllowed(Roles.AUDITOR)
public class AuditEventResource {

    @Inject AuditQueryService service;
    @Inject AuditIntegrityService integrity;
    @Context UriInfo uri;

    @GET
    public RestResponse<AuditEventPage> listAuditEvents(@Valid @BeanParam AuditEventFilter query) {
        return Paging.page(service.find(query), uri);
    }

    @GET
    @Path("integrity")
    public AuditIntegrity verifyAuditLogIntegrity() {
        return integrity.verify();
    }
}
