package org.iom.inspection;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.iom.common.csv.CsvTable;
import org.iom.common.csv.CsvWriter;
import org.iom.inspection.RecommendationViews.FigureValue;
import org.iom.inspection.RecommendationViews.RecommendationView;

/**
 * The register as CSV for meeting papers, written by the service's one CSV writer ({@link org.iom.common.csv.CsvWriter}:
 * RFC 4180, its formula-injection rule): one row per recommendation, addressees joined with "; ".
 */
public record RegisterCsv(List<RecommendationView> recommendations, LocalDate asOf) implements CsvTable {

    static final List<String> COLUMNS = List.of("id", "inspectionId", "inspectionTitle", "number", "kind", "text",
            "textVerified", "addressees", "ownerOrganisation", "ownerContact", "theme", "priority", "targetDate",
            "targetDateRevisions", "status", "supersededBy", "responseDecision", "responseDecidedOn", "responseDue",
            "responseLate", "overdue", "daysOverdue", "rag", "lastUpdatedAt", "closedBy", "closedAt", "evidenceFigure",
            "stale", "changedAt", "evidenceFigureValue", "evidenceFigureOutOf", "evidenceFigureShare");

    @Override
    public List<String> csvHeader() {
        return COLUMNS;
    }

    @Override
    public Iterable<List<?>> csvRows() {
        return recommendations.stream().<List<?>>map(RegisterCsv::row).toList();
    }

    /** The attachment's file name, dated. */
    public String fileName() {
        return "recommendations-" + asOf + ".csv";
    }

    /** The answer that serves the register as a CSV attachment named {@link #fileName} (the API's and the pages'). */
    public Response attachment() {
        return Response.ok(this, CsvWriter.TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName() + "\"").build();
    }

    private static List<?> row(RecommendationView r) {
        return Arrays.asList(r.id(), r.inspectionId(), r.inspectionTitle(), r.number(), r.kind(), r.text(),
                r.textVerified(), String.join("; ", r.addressees()),
                r.owner() == null ? null : r.owner().organisation(), r.owner() == null ? null : r.owner().contact(),
                r.theme(), r.priority(), r.targetDate(), r.targetDateRevisions(), r.status(), r.supersededBy(),
                r.response() == null ? null : r.response().decision(),
                r.response() == null ? null : r.response().decidedOn(), r.responseDue(), r.responseLate(),
                r.overdue(), r.daysOverdue(), r.rag(), r.lastUpdatedAt(),
                r.closure() == null ? null : r.closure().closedBy(), r.closure() == null ? null : r.closure().closedAt(),
                r.evidenceFigure(), r.stale(), r.changedAt(), figure(r, FigureValue::value),
                figure(r, FigureValue::outOf), figure(r, FigureValue::share));
    }

    private static Object figure(RecommendationView r, Function<FigureValue, Double> part) {
        return r.evidenceFigureValue() == null ? null : part.apply(r.evidenceFigureValue());
    }
}
