package org.iom.common.db;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A where clause and its named parameters, for Jdbi's {@code bindMap}: the one way a {@code *Query} builds a filtered
 * list. A condition is added only when its value is given; an enum is bound by its name.
 */
public final class Where {

    private final StringBuilder sql;
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** {@code where true}, then the conditions added. */
    public Where() {
        this("true");
    }

    /** {@code where first}, then the conditions added. */
    public Where(String first) {
        sql = new StringBuilder(" where ").append(first);
    }

    /** Adds {@code and condition} with {@code value} bound as {@code name}; nothing when the value is null. */
    public Where and(Object value, String condition, String name) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** Adds {@code and condition}, which binds nothing of its own or what {@link #bind} binds. */
    public Where and(String condition) {
        sql.append(" and ").append(condition);
        return this;
    }

    /** Binds a parameter of the clause (or of the statement around it). */
    public Where bind(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The clause, starting with a space. */
    public String sql() {
        return sql.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
