package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.iom.common.LiveFigure;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
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
    @Any
    Instance<LiveFigure.Family> families;

    @Inject FigureReader reader;

    public List<String> keys() {
        return all().map(LiveFigure::key).sorted().toList();
    }

    public boolean exists(String key) {
        return find(key).isPresent();
    }

    public Optional<LiveFigure> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return all().filter(f -> key.equals(f.key())).findFirst();
    }

    /** The figure beans and the figures of each {@link LiveFigure.Family} bean. */
    private Stream<LiveFigure> all() {
        return Stream.concat(figures.stream(), families.stream().flatMap(f -> f.figures().stream()));
    }

    /** The problem of an unknown key given as {@code field}: it names the known keys. */
    Problem.FieldError unknown(String field, String key) {
        List<String> keys = keys();
        String shown = key.length() > 100 ? key.substring(0, 100) + "…" : key;
        return new Problem.FieldError(field, "no live figure '" + shown + "'"
                + (keys.isEmpty() ? "" : "; known: " + String.join(", ", keys)));
    }

    /** A 400 naming {@code field} and the known keys unless every key given is known. */
    void requireKnown(String field, Collection<String> keys) {
        List<Problem.FieldError> errors = keys.stream().filter(Objects::nonNull).filter(k -> !exists(k))
                .map(k -> unknown(field, k)).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
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

    /** The current values of the keys given (each computed once; absent or failing ones map to null). */
    Map<String, FigureValue> current(Collection<String> keys) {
        Map<String, FigureValue> values = new HashMap<>();
        for (String key : keys) {
            if (key != null && !values.containsKey(key)) {
                values.put(key, current(key));
            }
        }
        return values;
    }
}
