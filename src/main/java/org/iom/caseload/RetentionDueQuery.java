package org.iom.caseload;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.iom.common.Paging;

/** The query of {@code GET /v1/retention/due} ({@code @BeanParam}): due before a date (default: tomorrow), a page. */
public record RetentionDueQuery(
        @QueryParam("before") LocalDate before,
        @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = CaseListQuery.LIMIT_MESSAGE)
        @Max(value = Paging.MAX_LIMIT, message = CaseListQuery.LIMIT_MESSAGE) Integer limit,
        @QueryParam("cursor") String cursor) {

    public RetentionDueQuery {
        limit = limit == null ? Paging.DEFAULT_LIMIT : limit;
    }
}
