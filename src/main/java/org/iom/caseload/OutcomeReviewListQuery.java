package org.iom.caseload;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.iom.common.Paging;

/**
 * The query of {@code GET /v1/cases/{caseId}/outcome-reviews} and {@code .../history} ({@code @BeanParam}): a page
 * size and a cursor.
 */
public record OutcomeReviewListQuery(
        @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = CaseListQuery.LIMIT_MESSAGE)
        @Max(value = Paging.MAX_LIMIT, message = CaseListQuery.LIMIT_MESSAGE) Integer limit,
        @QueryParam("cursor") String cursor) {

    public OutcomeReviewListQuery {
        limit = limit == null ? Paging.DEFAULT_LIMIT : limit;
    }
}
