package org.iom.statistics;

import java.util.UUID;
import org.iom.scheme.Cohort;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The schemes in scope and the cohort filter as conditions on an aggregate's columns: {@code :schemes} only when the
 * scope is restricted (otherwise every scheme counts and no list is sent), {@code :cohort} only when filtered.
 */
record ScopeCondition(Scope scope, Cohort cohort) {

    /** The conditions, each starting with {@code and}, on these columns. */
    String on(String schemeColumn, String cohortColumn) {
        return (scope.restricted() ? " and " + schemeColumn + " = any(:schemes)" : "")
                + (cohort != null ? " and " + cohortColumn + " = :cohort" : "");
    }

    /** Binds what {@link #on} names. */
    <S extends SqlStatement<S>> S bind(S statement) {
        if (scope.restricted()) {
            statement.bindArray("schemes", UUID.class, scope.schemes().keySet());
        }
        if (cohort != null) {
            statement.bind("cohort", cohort.name());
        }
        return statement;
    }
}
