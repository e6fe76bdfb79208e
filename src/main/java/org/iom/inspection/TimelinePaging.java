package org.iom.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The query of {@code GET /v1/recommendations/{id}/updates} ({@code @BeanParam}): which page of the timeline. */
public record TimelinePaging(
        @QueryParam("cursor") @Size(max = 500) String cursor,
        @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) Integer limit) {

    int pageSize() {
        return PageCut.size(limit);
    }
}
