package org.iom.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.Separator;

/**
 * The query of {@code GET /v1/inspections} ({@code @BeanParam}): typed, validated, a 400 naming each bad one.
 * {@code inspectorate} repeats, and each value may also be a comma-separated list.
 */
public record InspectionFilter(
        @QueryParam("inspectorate") @Separator(",") List<Inspectorate> inspectorate,
        @QueryParam("kind") InspectionKind kind,
        @QueryParam("publishedFrom") LocalDate publishedFrom,
        @QueryParam("publishedTo") LocalDate publishedTo,
        @QueryParam("q") @Size(max = 200) String q,
        @QueryParam("cursor") @Size(max = 500) String cursor,
        @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) Integer limit,
        @QueryParam("includeTotal") @DefaultValue("false") Boolean includeTotal) {

    /** The inspectorates asked for, without repeats (empty: any). */
    List<Inspectorate> inspectorates() {
        return inspectorate == null ? List.of() : inspectorate.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** The text searched for, or null. */
    String search() {
        return Text.blankToNull(q);
    }

    int pageSize() {
        return PageCut.size(limit);
    }

    boolean withTotal() {
        return Boolean.TRUE.equals(includeTotal);
    }
}
