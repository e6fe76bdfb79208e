package org.iom.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses query parameters taken as strings, so a bad value is a 400 naming the parameter (JAX-RS would answer a
 * failed {@code @QueryParam} conversion with a bare 404).
 */
public final class QueryParams {

    private QueryParams() {}

    /** The page size: 1 to {@link Paging#MAX_LIMIT}, default {@link Paging#DEFAULT_LIMIT}; anything else is a 400. */
    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return Paging.DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= Paging.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid("limit", "must be a whole number from 1 to " + Paging.MAX_LIMIT);
    }

    /** An optional UUID parameter: null when absent or blank, else a UUID in canonical form (400 naming it if not). */
    public static UUID uuid(String name, String value) {
        return value == null || value.isBlank() ? null : requiredUuid(name, value);
    }

    /**
     * A UUID that must be there, such as an id in the path (ADR 0011): a 400 naming the parameter when it is blank or
     * not a UUID in canonical form, so that a malformed id never reads as a 404 "no such thing".
     */
    public static UUID requiredUuid(String name, String value) {
        try {
            return Ids.parse(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO 8601 date (YYYY-MM-DD)");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A string that must match {@code pattern} (the message says how). */
    public static String matching(String name, String value, Pattern pattern, String message) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            throw ProblemException.invalid(name, message);
        }
        return value;
    }
}
