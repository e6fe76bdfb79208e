package org.iom.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.audit.RequestHeadersFilter;
import org.iom.security.Roles;

/** Subject access (DPA 2018 s45, ADR 0036). Operation docs: {@code openapi/subject-access.yaml}. */
@Path("/v1/subject-access")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access", description = "Everything held about one person (DPA 2018 s45)")
public class SubjectAccessResource {

    @Inject SubjectAccessService service;

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Parameter(name = RequestHeadersFilter.ACCESS_REASON, in = ParameterIn.HEADER)
    @Parameter(name = RequestHeadersFilter.REQUEST_ID, in = ParameterIn.HEADER)
    public SubjectAccessReport getSubjectAccess(@Valid @BeanParam SubjectAccessQuery query) {
        return service.report(query.crn());
    }
}
