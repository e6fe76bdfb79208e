package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.iom.common.AppClock;
import org.iom.common.db.Database;
import org.jdbi.v3.core.Handle;

/**
 * What every statistics figure reads with: one transaction per request, with the planner settings of
 * {@link PlannerSettingsQuery}, the schemes in scope ({@link SchemeScope}), today and the suppression threshold.
 */
@ApplicationScoped
class StatisticsReads {

    /** Work on the schemes in scope, in the request's transaction. */
    @FunctionalInterface
    interface ScopedWork<T> {
        T read(Handle h, Scope scope);
    }

    @Inject Database database;
    @Inject SchemeScope scopes;
    @Inject StatisticsConfig config;
    @Inject AppClock clock;

    /** {@code work} on the schemes the caller may see that the selection names ({@code activeOnly}: ACTIVE ones). */
    <T> T inScope(Selection s, boolean activeOnly, ScopedWork<T> work) {
        return inTransaction(h -> work.read(h, scopes.of(h, s, activeOnly)));
    }

    /**
     * The rows of the selection's groups (every group, even without facts), summing the facts {@code query} reads on
     * the schemes in scope and the selection's filters; none is read when no scheme is in scope.
     */
    List<Suppression.Row> rows(Selection s, List<String> series, BiFunction<Handle, ScopeCondition, List<Fact>> query) {
        return inScope(s, false, (h, scope) -> RollUp.rows(s, scope,
                scope.isEmpty() ? List.of() : query.apply(h, s.where(scope)), series));
    }

    /** The day given, or today (Europe/London) when none is. */
    LocalDate dayOr(LocalDate given) {
        return given != null ? given : clock.today();
    }

    int threshold() {
        return config.suppressionThreshold();
    }

    private <T> T inTransaction(Function<Handle, T> work) {
        return database.inTransaction(h -> {
            PlannerSettingsQuery.apply(h, config);
            return work.apply(h);
        });
    }
}
