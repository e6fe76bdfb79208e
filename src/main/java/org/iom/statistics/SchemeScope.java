package org.iom.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;
import org.iom.reference.ReferenceService;
import org.iom.security.Caller;
import org.iom.security.Roles;
import org.iom.statistics.Scope.SchemeInfo;
import org.jdbi.v3.core.Handle;

/**
 * The schemes a request covers: the caller's (a practitioner's own schemes only, from the token's {@code schemes}
 * claim, as a condition of the SQL), narrowed by the filters. Filter ids that do not exist are a 400 naming the
 * parameter; a scheme that exists but is not a practitioner's own is a 403, as for selecting onto it (every role may
 * see that a scheme exists: GET /v1/schemes/{id}).
 */
@ApplicationScoped
class SchemeScope {

    @Inject Caller caller;
    @Inject ReferenceService reference;
    @Inject SchemeScopeQuery query;

    /**
     * The schemes the caller may see that the selection names ({@code activeOnly}: only ACTIVE schemes). A
     * practitioner (without a role that sees every scheme) sees their own schemes; every other caller every scheme:
     * the statistics endpoints admit only those roles, and the live figures (ADR 0033) show the other roles the
     * national aggregate, suppressed.
     */
    Scope of(Handle h, Selection s, boolean activeOnly) {
        boolean ownSchemesOnly = caller.hasRole(Roles.PRACTITIONER) && !caller.hasRole(Roles.ANALYST)
                && !caller.hasRole(Roles.OVERSIGHT) && !caller.hasRole(Roles.ADMIN);
        return scope(h, s, activeOnly, ownSchemesOnly ? caller.schemeCodes() : null);
    }

    private Scope scope(Handle h, Selection s, boolean activeOnly, Set<String> ownCodes) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (s.policeForceId() != null && !reference.forceExists(s.policeForceId())) {
            errors.add(new Problem.FieldError("policeForceId", "no police force '" + shown(s.policeForceId()) + "'"));
        }
        if (s.probationRegionCode() != null && !reference.regionExists(s.probationRegionCode())) {
            errors.add(new Problem.FieldError("probationRegionCode",
                    "no probation region '" + shown(s.probationRegionCode()) + "'"));
        }
        List<SchemeInfo> outOfScope = List.of();
        if (!s.schemeIds().isEmpty()) {
            // Which of the named schemes exist, before the other filters narrow them.
            Map<UUID, SchemeInfo> named = byId(query.schemes(h, null, s.schemeIds(), null, null, false));
            s.schemeIds().stream().filter(id -> !named.containsKey(id))
                    .forEach(id -> errors.add(new Problem.FieldError("schemeId", "no scheme " + id)));
            outOfScope = named.values().stream().filter(i -> ownCodes != null && !ownCodes.contains(i.code())).toList();
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!outOfScope.isEmpty()) {
            // Every role may see that a scheme exists (GET /v1/schemes/{id}); its figures are for its practitioners.
            throw new ProblemException(ProblemType.FORBIDDEN, "You may see the figures of your own schemes only (the "
                    + "token's schemes claim); " + String.join(", ", outOfScope.stream().map(SchemeInfo::code).toList())
                    + (outOfScope.size() == 1 ? " is" : " are") + " not among them.");
        }
        Map<UUID, SchemeInfo> schemes = byId(query.schemes(h, ownCodes, s.schemeIds(), s.policeForceId(),
                s.probationRegionCode(), activeOnly));
        boolean schemeSubset = ownCodes != null || !s.schemeIds().isEmpty() || s.probationRegionCode() != null;
        return new Scope(schemes, schemeSubset || s.policeForceId() != null, schemeSubset);
    }

    private static Map<UUID, SchemeInfo> byId(List<SchemeInfo> schemes) {
        Map<UUID, SchemeInfo> byId = new LinkedHashMap<>();
        schemes.forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    private static String shown(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
