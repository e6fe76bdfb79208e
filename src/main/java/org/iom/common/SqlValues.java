package org.iom.common;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Conversions for native SQL: column values as the JDBC driver returns them, to Java types; and PostgreSQL array
 * literals for binding a collection as ONE parameter ({@code = any(cast(?1 as text[]))}), so the SQL text and the
 * statement count do not depend on the collection's size.
 */
public final class SqlValues {

    private SqlValues() {}

    public static LocalDate date(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(v.toString());
    }

    public static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + v.getClass());
    }

    public static UUID uuid(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof UUID u ? u : UUID.fromString(v.toString());
    }

    public static long longValue(Object v) {
        return ((Number) v).longValue();
    }

    /** A PostgreSQL array literal of strings, every element quoted and escaped: {@code {"a","b\"c"}}. */
    public static String textArray(Collection<String> values) {
        return values.stream()
                .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A PostgreSQL array literal of UUIDs (null elements allowed). */
    public static String uuidArray(Collection<UUID> values) {
        return values.stream().map(u -> u == null ? "NULL" : u.toString()).collect(Collectors.joining(",", "{", "}"));
    }

    /** Escapes LIKE wildcards so user text matches literally (use with {@code escape '\'}). */
    public static String likeContains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
