package org.iom.inspection;

import java.util.LinkedHashMap;
import java.util.Map;

/** A where clause and its named parameters, for Jdbi's {@code bindMap}; a condition is added only when its value is given. */
final class Where {

    final StringBuilder sql = new StringBuilder(" where true");
    final Map<String, Object> params = new LinkedHashMap<>();

    Where and(Object value, String condition, String name) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
        return this;
    }
}
