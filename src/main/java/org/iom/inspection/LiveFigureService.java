package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.iom.common.LiveFigure;
import org.iom.inspection.LiveFigureViews.LiveFigureList;
import org.iom.inspection.RecommendationViews.FigureValue;

/** Lists live figures with their current values; an unknown key is a 400 naming the known ones. */
@ApplicationScoped
public class LiveFigureService {

    @Inject LiveFigures figures;

    /** The figures of {@code keys} in key order (empty: every figure); a figure that fails has only its key. */
    public LiveFigureList list(List<String> keys) {
        figures.requireKnown("key", keys);
        List<String> shown = keys.isEmpty() ? figures.keys() : keys.stream().sorted().toList();
        Map<String, FigureValue> values = figures.current(shown);
        return new LiveFigureList(shown.stream().map(k -> values.get(k) != null ? values.get(k) : failed(k)).toList());
    }

    /** One figure; when it cannot be computed now, only its key and description (as in lists). */
    public FigureValue get(String key) {
        figures.requireKnown("key", List.of(key));
        FigureValue v = figures.current(key);
        return v != null ? v : failed(key);
    }

    private FigureValue failed(String key) {
        String description = figures.find(key).map(LiveFigure::description).orElse(null);
        return new FigureValue(key, null, description, null, null, null, null, List.of(), null, Map.of(), null);
    }
}
