package org.iom.caseload;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.iom.common.Paging;
import org.iom.scheme.Cohort;

/**
 * The query of {@code GET /v1/cases} ({@code @BeanParam}): filters (null means "any"; an empty value is no filter),
 * the page size, the cursor and whether to count. Typed and validated: a 400 names each bad parameter.
 */
public record CaseListQuery(
        @Parameter(schema = @Schema(type = STRING, format = "uuid")) @QueryParam("schemeId") UUID schemeId,
        @QueryParam("policeForceId") @Pattern(regexp = FORCE, message = "must be a police force id like west-midlands")
        String policeForceId,
        @QueryParam("probationRegionCode") @Pattern(regexp = REGION, message = "must be a probation region code like N52")
        String probationRegionCode,
        @QueryParam("cohort") Cohort cohort,
        @QueryParam("status") CaseStatus status,
        @QueryParam("riskOfSeriousHarm") RiskLevel riskOfSeriousHarm,
        @QueryParam("rag") CaseRag rag,
        @QueryParam("selectedFrom") LocalDate selectedFrom,
        @QueryParam("selectedTo") LocalDate selectedTo,
        @QueryParam("reviewOverdue") Boolean reviewOverdue,
        @QueryParam("subjectCategory") SubjectCategory subjectCategory,
        @QueryParam("crn") @Pattern(regexp = NewCase.CRN_PATTERN, message = CRN_MESSAGE) String crn,
        @QueryParam("pncId") @Pattern(regexp = Pnc.PATTERN, message = PNC_MESSAGE) String pncId,
        @QueryParam("updatedSince") Instant updatedSince,
        @QueryParam("sort") @Pattern(regexp = CaseSort.PATTERN, message = SORT_MESSAGE) String sort,
        @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = LIMIT_MESSAGE)
        @Max(value = Paging.MAX_LIMIT, message = LIMIT_MESSAGE) Integer limit,
        @QueryParam("cursor") String cursor,
        @QueryParam("includeTotal") @DefaultValue("false") Boolean includeTotal) {

    static final String FORCE = "^[a-z-]{1,40}$";
    static final String REGION = "^N[0-9]{2}$";
    static final String CRN_MESSAGE = "must be one letter followed by six digits, e.g. X123456";
    static final String PNC_MESSAGE = "must be YYYY/NNNNNNNC (year, 7-digit serial, check letter), e.g. 2012/0123456Y";
    static final String SORT_MESSAGE = "must be one of nextReviewOn, rag, riskOfSeriousHarm, selectedOn, with - before "
            + "it for descending order, e.g. -rag";
    static final String LIMIT_MESSAGE = "must be a whole number from 1 to " + Paging.MAX_LIMIT;

    public CaseListQuery {
        policeForceId = emptyToNull(policeForceId);
        probationRegionCode = emptyToNull(probationRegionCode);
        crn = emptyToNull(crn);
        pncId = emptyToNull(pncId);
        sort = emptyToNull(sort);
        limit = limit == null ? Paging.DEFAULT_LIMIT : limit;
        includeTotal = Boolean.TRUE.equals(includeTotal);
    }

    /** A range of selection dates must not end before it starts. */
    @AssertTrue(message = "must not be before selectedFrom")
    boolean isSelectedTo() {
        return selectedFrom == null || selectedTo == null || !selectedTo.isBefore(selectedFrom);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
