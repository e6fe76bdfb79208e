package org.iom.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iom.common.Ids;
import org.iom.common.ProblemException;

/** Query parameters read by hand, so that a bad value is a 400 naming the parameter (JAX-RS would answer 404). */
final class Params {

    private Params() {}

    static <E extends Enum<E>> E enumOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A repeatable enum parameter; each occurrence may also be a comma-separated list. */
    static <E extends Enum<E>> List<E> enums(String name, List<String> values, Class<E> type) {
        List<E> result = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    E e = enumOf(name, part, type);
                    if (e != null) {
                        result.add(e);
                    }
                }
            }
        }
        return result;
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Ids.parse(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO 8601 date (YYYY-MM-DD)");
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ProblemException.invalid(name, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return org.iom.common.Paging.DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("limit", "must be a whole number between 1 and " + org.iom.common.Paging.MAX_LIMIT);
        }
        if (limit < 1 || limit > org.iom.common.Paging.MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + org.iom.common.Paging.MAX_LIMIT);
        }
        return limit;
    }
}
