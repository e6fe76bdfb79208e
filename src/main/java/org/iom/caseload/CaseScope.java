package org.iom.caseload;

import java.util.List;
import java.util.Map;
import org.iom.security.Caller;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Which cases the caller may see, as SQL: admins and oversight see every case; a practitioner only the cases of the
 * schemes named in the token's {@code schemes} claim (none when the claim is missing). Filters go into the query.
 */
record CaseScope(boolean all, List<String> schemeCodes) {

    static CaseScope of(Caller caller) {
        return new CaseScope(caller.seesAllCases(), List.copyOf(caller.schemeCodes()));
    }

    boolean allows(String schemeCode) {
        return all || schemeCodes.contains(schemeCode);
    }

    /** A condition on the scheme alias {@code s}; bind it with {@link #bind}. */
    String onScheme() {
        return all ? "" : " and s.code = any(:scopeCodes)";
    }

    /** Binds the scope's parameter, if its condition has one. */
    <S extends SqlStatement<S>> S bind(S statement) {
        return all ? statement : statement.bind("scopeCodes", schemeCodes.toArray(new String[0]));
    }

    /** Adds the scope's parameter to named parameters, if its condition has one. */
    void bind(Map<String, Object> params) {
        if (!all) {
            params.put("scopeCodes", schemeCodes.toArray(new String[0]));
        }
    }
}
