package org.iom.scheme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.iom.common.Paging;

/**
 * The query of {@code GET /v1/schemes} ({@code @BeanParam}): typed, validated, a 400 naming each bad one. An empty
 * text filter is no filter.
 */
public record SchemeFilter(
        @QueryParam("policeForceId") @Pattern(regexp = "^([a-z-]{1,40})?$", message = "must be a police force id like west-midlands")
        String policeForceId,
        @QueryParam("probationRegionCode") @Pattern(regexp = "^(N[0-9]{2})?$", message = "must be a probation region code like N52")
        String probationRegionCode,
        @QueryParam("status") SchemeStatus status,
        @QueryParam("cohort") Cohort cohort,
        @QueryParam("q") @Size(max = 100, message = "must be at most 100 characters") String q,
        @QueryParam("updatedSince") Instant updatedSince,
        @QueryParam("limit") @DefaultValue("" + Paging.DEFAULT_LIMIT) @Min(value = 1, message = LIMIT) @Max(value = Paging.MAX_LIMIT, message = LIMIT)
        Integer limit,
        @QueryParam("cursor") String cursor,
        @QueryParam("includeTotal") Boolean includeTotal) {

    static final String LIMIT = "must be a whole number from 1 to " + Paging.MAX_LIMIT;

    /** The page size asked for ({@code ?limit=} with no value: the default). */
    int pageSize() {
        return limit == null ? Paging.DEFAULT_LIMIT : limit;
    }

    /** Whether the total is asked for. */
    boolean countAll() {
        return Boolean.TRUE.equals(includeTotal);
    }

    /** The text to look for in names and codes, or null. */
    String text() {
        return q == null || q.isBlank() ? null : q.trim();
    }

    /** The filter's value, or null for an empty one. */
    static String given(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
