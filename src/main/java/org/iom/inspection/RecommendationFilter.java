package org.iom.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.Separator;

/**
 * The query of {@code GET /v1/recommendations} ({@code @BeanParam}): typed, validated, a 400 naming each bad one.
 * {@code status} repeats, and each value may also be a comma-separated list. Paging applies to JSON only. The
 * {@code inspectionId} schema is the contract's ({@code format: uuid}, without the pattern smallrye adds to UUIDs).
 */
public record RecommendationFilter(
        @QueryParam("status") @Separator(",") List<RecommendationStatus> status,
        @QueryParam("addressee") @Size(max = 200) String addressee,
        @QueryParam("owner") @Size(max = 200) String owner,
        @QueryParam("theme") @Size(max = 100) String theme,
        @QueryParam("q") @Size(max = 200) String q,
        @QueryParam("inspectionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
        UUID inspectionId,
        @QueryParam("priority") Priority priority,
        @QueryParam("kind") RecommendationKind kind,
        @QueryParam("overdue") Boolean overdue,
        @QueryParam("rag") RecommendationRag rag,
        @QueryParam("dueBefore") LocalDate dueBefore,
        @QueryParam("stale") Boolean stale,
        @QueryParam("responseLate") Boolean responseLate,
        @QueryParam("changedSince") Instant changedSince,
        @QueryParam("updatedSince") Instant updatedSince,
        @QueryParam("actionOwner") @Size(max = 200) String actionOwner,
        @QueryParam("actionOverdue") Boolean actionOverdue,
        @QueryParam("cursor") @Size(max = 500) String cursor,
        @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) Integer limit,
        @QueryParam("includeTotal") @DefaultValue("false") Boolean includeTotal) {

    /** The filters, as the register's SQL takes them. */
    RegisterFilter register() {
        return new RegisterFilter(status, addressee, owner, inspectionId, theme, priority, kind, overdue, rag,
                dueBefore, q, stale, responseLate, since(), actionOwner, actionOverdue);
    }

    /** updatedSince (the name the case and scheme lists use) and changedSince mean the same: both apply. */
    private Instant since() {
        if (changedSince == null || updatedSince == null) {
            return changedSince == null ? updatedSince : changedSince;
        }
        return changedSince.isAfter(updatedSince) ? changedSince : updatedSince;
    }

    int pageSize() {
        return PageCut.size(limit);
    }

    boolean withTotal() {
        return Boolean.TRUE.equals(includeTotal);
    }
}
