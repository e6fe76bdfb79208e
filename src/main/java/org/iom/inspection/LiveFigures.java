package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.iom.common.LiveFigure;
import org.iom.inspection.RecommendationViews.FigureValue;
import org.jboss.logging.Logger;

/** The live figures of the service (CDI beans implementing {@link LiveFigure}), found by key. */
@ApplicationScoped
public class LiveFigures {

    private static final Logger LOG = Logger.getLogger(LiveFigures.class);

    @Inject
    @Any
    Instance<LiveFigure> figures;

    @Inject
    FigureReader reader;

    public List<String> keys() {
        return figures.stream().map(LiveFigure::key).sorted().toList();
    }

    public boolean exists(String key) {
        return find(key).isPresent();
    }

    public Optional<LiveFigure> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return figures.stream().filter(f -> key.equals(f.key())).findFirst();
    }

    /**
     * The figure's current value, or null when there is no key, no bean has the key (any more) or it cannot be
     * computed now: a broken figure must not make the recommendation unreadable.
     */
    public FigureValue current(String key) {
        Optional<LiveFigure> figure = find(key);
        if (figure.isEmpty()) {
            return null;
        }
        try {
            LiveFigure.Value v = reader.read(figure.get());
            return v == null ? null : FigureValue.of(figure.get(), v);
        } catch (RuntimeException e) {
            LOG.warnf("Live figure %s could not be computed: %s", key, e.toString());
            return null;
        }
    }
}
