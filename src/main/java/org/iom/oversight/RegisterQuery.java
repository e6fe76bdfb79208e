package org.iom.oversight;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iom.common.Records;
import org.iom.inspection.Priority;
import org.iom.inspection.RecommendationFilter;
import org.iom.inspection.RecommendationRag;
import org.iom.inspection.RecommendationStatus;

/**
 * The register page's filter form ({@code @BeanParam}): the API's filters as a GET form, typed and validated like
 * {@link RecommendationFilter}. An empty select sends "" (not filtered), so the enums and booleans arrive as text and
 * are read here. Each component is named as its query parameter: the links are made from the components.
 */
@io.quarkus.qute.TemplateData
public record RegisterQuery(
        @QueryParam("inspectionId") @Size(max = 36) String inspectionId,
        @QueryParam("owner") @Size(max = 200) String owner,
        @QueryParam("addressee") @Size(max = 200) String addressee,
        @QueryParam("status") @Size(max = 40) String status,
        @QueryParam("rag") @Size(max = 10) String rag,
        @QueryParam("overdue") @Size(max = 5) String overdue,
        @QueryParam("stale") @Size(max = 5) String stale,
        @QueryParam("theme") @Size(max = 100) String theme,
        @QueryParam("priority") @Size(max = 10) String priority,
        @QueryParam("q") @Size(max = 200) String q,
        @QueryParam("changedSince") @Size(max = 10) String changedSince,
        @QueryParam("actionOwner") @Size(max = 200) String actionOwner,
        @QueryParam("actionOverdue") @Size(max = 5) String actionOverdue,
        @QueryParam("cursor") @Size(max = 500) String cursor,
        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) Integer limit) {

    /** The same filters as the API takes them (a bad value is a 400 naming it, as on the API). */
    RecommendationFilter filter(boolean paged) {
        return new RecommendationFilter(
                blank(status) ? null : List.of(Forms.enumValue(RecommendationStatus.class, "status", status)),
                addressee, owner, theme, q, blank(inspectionId) ? null : Forms.uuid("inspectionId", inspectionId),
                blank(priority) ? null : Forms.enumValue(Priority.class, "priority", priority), null,
                Forms.yesNo("overdue", overdue), blank(rag) ? null : Forms.enumValue(RecommendationRag.class, "rag", rag),
                null, Forms.yesNo("stale", stale), null, Forms.dayStart("changedSince", changedSince), null, actionOwner,
                Forms.yesNo("actionOverdue", actionOverdue), paged ? cursor : null, limit, true);
    }

    /** The filters as a query string (no cursor): the CSV link and the next-page link carry exactly the view shown. */
    String queryString() {
        Map<String, Object> filters = Records.values(this);
        filters.keySet().removeAll(List.of("cursor", "limit"));
        return filters.entrySet().stream().filter(e -> e.getValue() instanceof String s && !blank(s))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(((String) e.getValue()).strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    boolean filtered() {
        return !queryString().isEmpty();
    }

    UUID inspection() {
        return blank(inspectionId) ? null : Forms.uuid("inspectionId", inspectionId);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
