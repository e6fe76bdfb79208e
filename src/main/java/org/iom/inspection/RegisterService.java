package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.common.db.Database;
import org.iom.inspection.RecommendationViews.FigureValue;
import org.iom.inspection.RecommendationViews.RecommendationPage;
import org.iom.inspection.RecommendationViews.RecommendationView;

/** Reads of the register: one recommendation as shown (with its live figure), a page of it, the CSV register. */
@ApplicationScoped
public class RegisterService {

    /** The CSV register is not paged; more rows than this is a 400 asking for narrower filters. */
    static final int CSV_MAX_ROWS = 10_000;

    @Inject Database database;
    @Inject RegisterQuery query;
    @Inject LiveFigures figures;
    @Inject AppClock clock;

    /** The recommendation as the register shows it, with the current value of its evidence figure. */
    public Versioned<RecommendationView> get(UUID id) {
        RegisterRow row = database.inTransaction(h -> query.one(h, id, asOf()))
                .orElseThrow(() -> ProblemException.notFound("Recommendation", id));
        return new Versioned<>(row.view(figures.current(row.evidenceFigure())), row.version());
    }

    /** A page of the register in creation order, each with its evidence figure's value (each figure computed once). */
    public RecommendationPage list(RecommendationFilter request) {
        RegisterFilter filter = request.register();
        UUID after = PageCut.afterId(request.cursor());
        int limit = request.pageSize();
        RegisterRules.AsOf asOf = asOf();
        List<RecommendationView> rows = withFigures(database.inTransaction(h -> query.page(h, filter, after, limit,
                asOf)));
        Long total = request.withTotal() ? database.inTransaction(h -> query.count(h, filter, asOf)) : null;
        PageCut<RecommendationView> page = PageCut.of(rows, limit, v -> new Object[] {v.id()});
        return new RecommendationPage(page.items(), page.nextCursor(), total);
    }

    /** Every matching recommendation, newest inspection first then by number, for meeting papers. */
    public RegisterCsv csv(RecommendationFilter request) {
        RegisterFilter filter = request.register();
        RegisterRules.AsOf asOf = asOf();
        List<RecommendationView> rows = database.inTransaction(h -> query.all(h, filter, CSV_MAX_ROWS + 1, asOf));
        if (rows.size() > CSV_MAX_ROWS) {
            throw new ProblemException(ProblemType.VALIDATION, "The CSV register is limited to " + CSV_MAX_ROWS
                    + " rows; narrow the filters.");
        }
        return new RegisterCsv(withFigures(rows), asOf.today());
    }

    /** The recommendations with their evidence figures' current values. */
    private List<RecommendationView> withFigures(List<RecommendationView> rows) {
        Map<String, FigureValue> values = figures.current(rows.stream().map(RecommendationView::evidenceFigure)
                .toList());
        return rows.stream().map(r -> r.evidenceFigure() == null ? r : r.withFigure(values.get(r.evidenceFigure())))
                .toList();
    }

    private RegisterRules.AsOf asOf() {
        return RegisterRules.AsOf.of(clock.today());
    }
}
