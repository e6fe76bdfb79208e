package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.iom.common.LiveFigure;

/** Test-only live figures, to prove a recommendation finds figures by key among the CDI beans. */
final class TestFigures {

    private TestFigures() {}

    static volatile double value = 7;

    @ApplicationScoped
    static class Counting implements LiveFigure {
        @Override
        public String key() {
            return "test.inspection.figure";
        }

        @Override
        public String description() {
            return "A figure only the tests have";
        }

        @Override
        public Value current() {
            return new Value(key(), "Test forces", value, 43.0, "forces", Instant.parse("2026-01-01T00:00:00Z"), Map.of());
        }
    }

    @ApplicationScoped
    static class Broken implements LiveFigure {
        @Override
        public String key() {
            return "test.inspection.broken";
        }

        @Override
        public String description() {
            return "A figure that cannot be computed";
        }

        @Override
        public Value current() {
            throw new IllegalStateException("figure source down");
        }
    }
}
