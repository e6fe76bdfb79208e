package org.iom.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One aggregate row of SQL: a scheme, a cohort and a category of data subject (each null when not asked for) and
 * named counts.
 */
record Fact(UUID schemeId, String cohort, String subjectCategory, Map<String, Long> counts) {

    /** A fact with only these counts of this one. */
    Fact with(Map<String, Long> only) {
        return new Fact(schemeId, cohort, subjectCategory, only);
    }

    /**
     * Maps rows with the columns {@code scheme_id}, {@code cohort}, {@code subject_category} and one column per count,
     * named as the count.
     */
    static RowMapper<Fact> mapper(List<String> names) {
        return (rs, ctx) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String name : names) {
                counts.put(name, rs.getLong(name));
            }
            return new Fact(rs.getObject("scheme_id", UUID.class), rs.getString("cohort"),
                    rs.getString("subject_category"), counts);
        };
    }
}
