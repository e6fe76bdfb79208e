package org.iom.common;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query, path and header parameters of type UUID, LocalDate, Instant, Integer, BigDecimal, Boolean and enums: a value
 * that does not parse is a 400 problem naming the parameter (JAX-RS would otherwise answer 404 for a bad query
 * parameter).
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        boolean pathParam = annotations != null && Arrays.stream(annotations).anyMatch(a -> a instanceof PathParam);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, pathParam, Ids::parse, "must be a UUID");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, pathParam, LocalDate::parse, "must be an ISO 8601 date (YYYY-MM-DD)");
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(name, pathParam, Instant::parse,
                    "must be an ISO 8601 instant, e.g. 2026-11-25T13:58:07Z");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(name, pathParam, Integer::valueOf, "must be a whole number");
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) converter(name, pathParam, BigDecimal::new, "must be a decimal number, e.g. 0.5");
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) converter(name, pathParam, v -> switch (v) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException();
            }, "must be true or false");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, pathParam, v -> Enum.valueOf(type, v), "must be one of " + allowed);
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, boolean pathParam, Function<String, V> parse,
            String message) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isEmpty()) {
                    // An absent query or header parameter is null; an empty path segment is never a valid id.
                    if (pathParam) {
                        throw new BadRequestException(ProblemException.invalid(name, "must not be empty"));
                    }
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw new BadRequestException(ProblemException.invalid(name, message));
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }
}
