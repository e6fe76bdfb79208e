package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.inspection.FindingQuery.FindingRow;
import org.iom.inspection.FindingViews.Baseline;
import org.iom.inspection.FindingViews.FindingList;
import org.iom.inspection.FindingViews.FindingView;
import org.iom.inspection.InspectionQuery.Title;
import org.iom.inspection.RecommendationViews.FigureValue;

/** An inspection's findings, each with its live figure's current value for the caller. */
@ApplicationScoped
public class FindingService {

    @Inject Database database;
    @Inject FindingQuery query;
    @Inject InspectionQuery inspections;
    @Inject LiveFigures figures;

    public FindingList findings(UUID inspectionId) {
        record Read(Title title, List<FindingRow> rows) {}
        Read read = database.inTransaction(h -> new Read(inspections.title(h, inspectionId)
                .orElseThrow(() -> ProblemException.notFound("Inspection", inspectionId)), query.of(h, inspectionId)));
        Map<String, FigureValue> live = figures.current(read.rows().stream().map(FindingRow::liveFigure).toList());
        return new FindingList(inspectionId, read.title().title(), read.rows().stream()
                .map(r -> new FindingView(r.id(), r.position(), r.topic(), baseline(r), r.reportedOn(), r.page(),
                        r.verified(), r.source(), r.note(), r.liveFigure(), live.get(r.liveFigure())))
                .toList());
    }

    static Baseline baseline(FindingRow r) {
        Double value = number(r.baselineValue());
        Double outOf = number(r.baselineOutOf());
        String text = switch (r.baselineKind()) {
            case NUMBER -> plain(r.baselineValue());
            case SHARE -> plain(r.baselineValue().movePointRight(2)) + "%";
            case COUNT_OF_TOTAL -> plain(r.baselineValue()) + " of " + plain(r.baselineOutOf());
            case NOT_KNOWN -> "not known";
            case NOT_REPORTED -> "not reported";
        };
        return new Baseline(r.baselineKind(), value, outOf, text);
    }

    private static Double number(BigDecimal n) {
        return n == null ? null : n.doubleValue();
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
