package org.iom.statistics;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iom.common.Problem;
import org.iom.common.Ids;
import org.iom.common.ProblemException;

/**
 * The query parameters of a statistics request, parsed strictly: a malformed value or an inconsistent combination is a
 * 400 naming the parameter (an unknown or repeated one is refused before, by org.iom.common.QueryParameterCheck). Ids
 * of filters are checked against the database by the service.
 */
record StatisticsRequest(LocalDate asOf, LocalDate from, LocalDate to, GroupBy groupBy, Integer months,
        BigDecimal minShare, List<UUID> schemeIds, String policeForceId, String probationRegionCode, String cohort) {

    static final int MAX_SCHEME_IDS = 100;
    static final int MAX_MONTHS = 120;
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);
    static final List<String> COHORTS = List.of("FIXED", "FLEX", "FREE");

    enum GroupBy {
        SCHEME, FORCE, REGION, COHORT, NATION
    }

    /** Which endpoint: the parameters each takes are its resource method's (org.iom.common.QueryParameterCheck). */
    enum Kind {
        CASELOAD, OUTCOMES, NEEDS, COVERAGE
    }

    static StatisticsRequest parse(Kind kind, MultivaluedMap<String, String> query, LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate asOf = date(query, "asOf", errors);
        LocalDate from = date(query, "from", errors);
        LocalDate to = date(query, "to", errors);

        GroupBy groupBy = GroupBy.NATION;
        String g = single(query, "groupBy");
        if (g != null) {
            try {
                groupBy = GroupBy.valueOf(g);
            } catch (IllegalArgumentException ex) {
                groupBy = null;
            }
            if (groupBy == null || (kind == Kind.COVERAGE && groupBy == GroupBy.COHORT)) {
                errors.add(new Problem.FieldError("groupBy", "must be one of "
                        + (kind == Kind.COVERAGE ? "SCHEME, FORCE, REGION, NATION" : "SCHEME, FORCE, REGION, COHORT, NATION")
                        + (kind == Kind.COVERAGE && "COHORT".equals(g)
                                ? " (coverage is a property of schemes and forces; filter by cohort instead)" : "")));
                groupBy = GroupBy.NATION;
            }
        }

        Integer months = null;
        BigDecimal minShare = null;
        if (kind == Kind.COVERAGE) {
            months = 12;
            String m = single(query, "months");
            if (m != null) {
                try {
                    months = Integer.parseInt(m.trim());
                    if (months < 1 || months > MAX_MONTHS) {
                        errors.add(new Problem.FieldError("months", "must be between 1 and " + MAX_MONTHS));
                    }
                } catch (NumberFormatException ex) {
                    errors.add(new Problem.FieldError("months", "must be a whole number between 1 and " + MAX_MONTHS));
                }
            }
            minShare = new BigDecimal("0.5");
            String s = single(query, "minShare");
            if (s != null) {
                try {
                    minShare = new BigDecimal(s.trim());
                    if (minShare.signum() <= 0 || minShare.compareTo(BigDecimal.ONE) > 0 || minShare.scale() > 4) {
                        errors.add(new Problem.FieldError("minShare",
                                "must be a fraction greater than 0 and at most 1, with at most 4 decimals"));
                    }
                } catch (NumberFormatException ex) {
                    errors.add(new Problem.FieldError("minShare", "must be a decimal fraction, e.g. 0.5"));
                }
            }
        }

        List<UUID> schemeIds = new ArrayList<>();
        List<String> rawIds = query.get("schemeId");
        if (rawIds != null) {
            if (rawIds.size() > MAX_SCHEME_IDS) {
                errors.add(new Problem.FieldError("schemeId", "at most " + MAX_SCHEME_IDS + " scheme ids"));
            }
            for (String id : rawIds) {
                try {
                    UUID u = Ids.parse(id.trim());
                    if (!schemeIds.contains(u)) {
                        schemeIds.add(u);
                    }
                } catch (IllegalArgumentException ex) {
                    errors.add(new Problem.FieldError("schemeId", "'" + abbreviate(id) + "' is not a UUID"));
                }
            }
        }
        String force = single(query, "policeForceId");
        if (force != null && !force.matches("[a-z-]{1,40}")) {
            errors.add(new Problem.FieldError("policeForceId", "no police force '" + abbreviate(force) + "'"));
        }
        String region = single(query, "probationRegionCode");
        if (region != null && !region.matches("N[0-9]{2}")) {
            errors.add(new Problem.FieldError("probationRegionCode", "no probation region '" + abbreviate(region) + "'"));
        }
        String cohort = single(query, "cohort");
        if (cohort != null && !COHORTS.contains(cohort)) {
            errors.add(new Problem.FieldError("cohort", "must be one of FIXED, FLEX, FREE"));
        }

        // Defaults: counted today; periods are the twelve months up to and including their last day.
        if (kind == Kind.CASELOAD || kind == Kind.NEEDS || kind == Kind.COVERAGE) {
            asOf = asOf != null ? asOf : today;
        }
        if (kind == Kind.CASELOAD || kind == Kind.OUTCOMES) {
            if (to == null) {
                to = kind == Kind.CASELOAD ? asOf : today;
            }
            if (from == null) {
                from = to.minusYears(1).plusDays(1);
            }
            if (from.isAfter(to)) {
                errors.add(new Problem.FieldError("from", "must not be after to (" + to + ")"));
            }
        }
        if (kind == Kind.COVERAGE && months != null && months >= 1 && months <= MAX_MONTHS) {
            to = asOf;
            from = asOf.minusMonths(months).plusDays(1);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new StatisticsRequest(asOf, from, to, groupBy, months, minShare, List.copyOf(schemeIds), force, region,
                cohort);
    }

    StatisticsViews.StatisticsFilters filters() {
        return new StatisticsViews.StatisticsFilters(
                schemeIds.isEmpty() ? null : schemeIds.stream().map(UUID::toString).toList(),
                policeForceId, probationRegionCode, cohort);
    }

    private static String single(MultivaluedMap<String, String> query, String name) {
        String v = query.getFirst(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static LocalDate date(MultivaluedMap<String, String> query, String name, List<Problem.FieldError> errors) {
        String v = single(query, name);
        if (v == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                errors.add(new Problem.FieldError(name, "must be between " + EARLIEST + " and " + LATEST));
                return null;
            }
            return d;
        } catch (DateTimeParseException ex) {
            errors.add(new Problem.FieldError(name, "'" + abbreviate(v) + "' is not an ISO 8601 date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
