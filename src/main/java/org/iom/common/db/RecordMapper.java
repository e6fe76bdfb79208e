package org.iom.common.db;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMappers;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.qualifier.QualifiedType;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps a row into a record by column name: each component {@code camelCase} takes the column {@code camel_case}
 * (a {@link Nested} component is itself a record mapped from the same row). All reflection (the canonical
 * constructor, the components, their column mappers) is done once per record type; per result set only the column
 * positions are looked up. Jdbi's {@code ConstructorMapper} redoes that reflection for every statement (annotation
 * parsing included), which was three quarters of the service's CPU on GET case (ADR 0027, "Consequences").
 */
final class RecordMapper<T> implements RowMapper<T> {

    /** The factory Jdbi asks for every record type; one mapper per type, built on first use. */
    static final class Factory implements RowMapperFactory {
        private final Map<Class<?>, RecordMapper<?>> mappers = new ConcurrentHashMap<>();
        private final ConfigRegistry config;

        Factory(ConfigRegistry config) {
            this.config = config;
        }

        @Override
        public Optional<RowMapper<?>> build(Type type, ConfigRegistry ignored) {
            Class<?> raw = GenericTypes.getErasedType(type);
            return raw.isRecord() ? Optional.of(mapperFor(raw)) : Optional.empty();
        }

        /**
         * The mapper of {@code type}, built once. Not with computeIfAbsent: building a record's mapper builds its
         * {@code @Nested} records' mappers, and a ConcurrentHashMap refuses an update from inside its own compute.
         * Two threads may build the same mapper at once; the first stored is kept.
         */
        RecordMapper<?> mapperFor(Class<?> type) {
            RecordMapper<?> known = mappers.get(type);
            if (known != null) {
                return known;
            }
            RecordMapper<?> built = new RecordMapper<>(type, this);
            RecordMapper<?> raced = mappers.putIfAbsent(type, built);
            return raced != null ? raced : built;
        }

        ColumnMapper<?> columnMapper(Type type, Class<?> record, String component) {
            return config.get(ColumnMappers.class).findFor(QualifiedType.of(type)).orElseThrow(() ->
                    new IllegalStateException("no column mapper for " + record.getSimpleName() + "." + component));
        }
    }

    private final Class<T> type;
    private final Constructor<T> constructor;
    private final String[] columns;
    private final ColumnMapper<?>[] mappers;
    private final RecordMapper<?>[] nested;
    /** Row mappers by the result set's column labels (a handful of queries per record type; bounded all the same). */
    private final Map<List<String>, RowMapper<T>> byLabels = new ConcurrentHashMap<>();
    private static final int MAX_SHAPES = 64;

    @SuppressWarnings("unchecked")
    private RecordMapper(Class<?> type, Factory factory) {
        this.type = (Class<T>) type;
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        columns = new String[components.length];
        mappers = new ColumnMapper<?>[components.length];
        nested = new RecordMapper<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            if (c.isAnnotationPresent(Nested.class) || c.getAccessor().isAnnotationPresent(Nested.class)) {
                nested[i] = factory.mapperFor(c.getType());
            } else {
                columns[i] = snakeCase(c.getName());
                mappers[i] = factory.columnMapper(c.getGenericType(), type, c.getName());
            }
        }
        try {
            constructor = (Constructor<T>) type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public T map(ResultSet rs, StatementContext ctx) throws SQLException {
        return specialize(rs, ctx).map(rs, ctx);
    }

    /**
     * The mapper for a result set's columns: looked up by their labels, in order, built the first time those labels
     * are met (a statement's columns are the same on every run; issue #25's profile had each GET case build it anew).
     */
    @Override
    public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        String[] labels = new String[meta.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
        }
        List<String> key = Arrays.asList(labels);
        RowMapper<T> known = byLabels.get(key);
        if (known != null) {
            return known;
        }
        RowMapper<T> built = specialize(positions(labels));
        if (byLabels.size() < MAX_SHAPES) {
            byLabels.putIfAbsent(key, built);
        }
        return built;
    }

    private static Map<String, Integer> positions(String[] labels) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = labels.length; i >= 1; i--) {
            positions.put(labels[i - 1].toLowerCase(Locale.ROOT), i);
        }
        return positions;
    }

    private RowMapper<T> specialize(Map<String, Integer> positions) {
        int[] at = new int[columns.length];
        RowMapper<?>[] rows = new RowMapper<?>[columns.length];
        for (int i = 0; i < columns.length; i++) {
            if (nested[i] != null) {
                rows[i] = nested[i].specialize(positions);
            } else {
                Integer p = positions.get(columns[i]);
                if (p == null) {
                    throw new IllegalStateException("no column " + columns[i] + " for " + type.getSimpleName());
                }
                at[i] = p;
            }
        }
        return (rs, ctx) -> {
            Object[] args = new Object[at.length];
            for (int i = 0; i < at.length; i++) {
                args[i] = rows[i] != null ? rows[i].map(rs, ctx) : mappers[i].map(rs, at[i], ctx);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        };
    }
}
