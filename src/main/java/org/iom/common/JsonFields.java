package org.iom.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** How a JSON reading failure names its field and the type the field wants, in the words of a 400. */
public final class JsonFields {

    private static final String INSTANT = "an ISO 8601 instant (e.g. 2026-11-25T13:58:07Z)";
    private static final String WHOLE_NUMBER = "a whole number";
    private static final String TRUE_OR_FALSE = "true or false";

    /** The words for the types a request field can have, but for enums, collections and objects. */
    private static final Map<Class<?>, String> PLAIN = Map.ofEntries(
            Map.entry(LocalDate.class, "an ISO 8601 date (YYYY-MM-DD)"),
            Map.entry(Instant.class, INSTANT), Map.entry(OffsetDateTime.class, INSTANT),
            Map.entry(UUID.class, "a UUID"),
            Map.entry(Integer.class, WHOLE_NUMBER), Map.entry(int.class, WHOLE_NUMBER),
            Map.entry(Long.class, WHOLE_NUMBER), Map.entry(long.class, WHOLE_NUMBER),
            Map.entry(Boolean.class, TRUE_OR_FALSE), Map.entry(boolean.class, TRUE_OR_FALSE),
            Map.entry(String.class, "a string"));

    private JsonFields() {}

    /** The field's path as the client wrote it: {@code contact.email}, {@code cohorts[1]}; empty for the root. */
    public static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** What a field of {@code type} expects: "a UUID", "one of ACTIVE, CLOSED"... ("another type" when unknown). */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (PLAIN.containsKey(type)) {
            return PLAIN.get(type);
        }
        return List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type) || type.isArray()
                ? "an array" : "an object";
    }
}
