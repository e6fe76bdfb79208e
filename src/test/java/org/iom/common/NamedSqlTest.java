package org.iom.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void namesBecomePositionalParametersInOrderAndCastsStay() {
        NamedSql.Positional p = NamedSql.positional(
                "select x::text from t where a = :a and b = any(cast(:codes as text[])) and c > :a limit :limit",
                Map.of("a", 1, "codes", "{X}", "limit", 21));
        assertEquals("select x::text from t where a = ? and b = any(cast(? as text[])) and c > ? limit ?", p.sql());
        assertEquals(List.of(1, "{X}", 1, 21), p.values());
    }

    @Test
    void aNullValueIsBoundAndAMissingOneIsRefused() {
        java.util.HashMap<String, Object> params = new java.util.HashMap<>();
        params.put("a", null);
        assertEquals(Arrays.asList((Object) null), NamedSql.positional("where a = :a", params).values());
        assertThrows(IllegalArgumentException.class, () -> NamedSql.positional("where b = :b", params));
    }
}
