package org.iom.statistics;

import java.util.UUID;
import org.iom.caseload.SubjectCategory;
import org.iom.scheme.Cohort;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The schemes in scope and the cohort and subject category filters as conditions on an aggregate's columns:
 * {@code :schemes} only when the scope is restricted (otherwise every scheme counts and no list is sent),
 * {@code :cohort} and {@code :subjectCategory} only when filtered.
 */
record ScopeCondition(Scope scope, Cohort cohort, SubjectCategory subjectCategory) {

    /** The conditions, each starting with {@code and}, on these columns. */
    String on(String schemeColumn, String cohortColumn, String categoryColumn) {
        return (scope.restricted() ? " and " + schemeColumn + " = any(:schemes)" : "")
                + (cohort != null ? " and " + cohortColumn + " = :cohort" : "")
                + (subjectCategory != null ? " and " + categoryColumn + " = :subjectCategory" : "");
    }

    /** Binds what {@link #on} names. */
    <S extends SqlStatement<S>> S bind(S statement) {
        if (scope.restricted()) {
            statement.bindArray("schemes", UUID.class, scope.schemes().keySet());
        }
        if (cohort != null) {
            statement.bind("cohort", cohort.name());
        }
        if (subjectCategory != null) {
            statement.bind("subjectCategory", subjectCategory.name());
        }
        return statement;
    }
}
