package org.iom.changes;

import java.util.Set;
import org.iom.security.Caller;
import org.iom.security.Roles;

/**
 * Which entries of the feed a caller sees: every role that may read schemes and recommendations sees theirs; cases
 * only to the roles that may read cases, and a practitioner only those of the schemes in the token's
 * {@code schemes} claim, as {@code GET /v1/cases/{caseId}} would answer them (the caseload feature's CaseScope).
 * Taken from the caller once, on the request's thread, so that a long poll can resume on another.
 */
record FeedScope(boolean cases, boolean allCases, Set<String> schemeCodes) {

    static FeedScope of(Caller caller) {
        boolean cases = caller.seesAllCases() || caller.hasRole(Roles.PRACTITIONER);
        return new FeedScope(cases, caller.seesAllCases(), Set.copyOf(caller.schemeCodes()));
    }

    /** Whether some entries are hidden from the caller (then a page may need more rows read than it shows). */
    boolean filters() {
        return !allCases;
    }

    boolean shows(ChangeRow row) {
        if (!"case".equals(row.resource())) {
            return true;
        }
        return cases && (allCases || (row.schemeCode() != null && schemeCodes.contains(row.schemeCode())));
    }
}
