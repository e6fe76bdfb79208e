package org.iom.caseload;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** The query of {@code GET /v1/subject-access} ({@code @BeanParam}): the person's CRN, required. */
public record SubjectAccessQuery(
        @QueryParam("crn") @NotNull(message = "required: the person's CRN")
        @Pattern(regexp = NewCase.CRN_PATTERN, message = CaseListQuery.CRN_MESSAGE) String crn) {}
