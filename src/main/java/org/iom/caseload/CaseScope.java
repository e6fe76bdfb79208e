package org.iom.caseload;

import java.util.List;
import org.iom.common.SqlValues;
import org.iom.security.Caller;

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

    /** A condition on the scheme alias {@code s}; bind {@link #codesParameter()} as {@code :scopeCodes} unless all. */
    String onScheme() {
        return all ? "" : " and s.code = any(cast(:scopeCodes as text[]))";
    }

    /** A condition on a case's scheme_id column (e.g. {@code c.scheme_id}), for queries without the scheme join. */
    String onSchemeId(String column) {
        return all ? "" : " and " + column + " in (select sc.id from scheme sc where sc.code = any(cast(:scopeCodes as text[])))";
    }

    String codesParameter() {
        return SqlValues.textArray(schemeCodes);
    }
}
