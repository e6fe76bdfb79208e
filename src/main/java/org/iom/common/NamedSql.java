package org.iom.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL written with {@code :name} parameters (as for JPA native queries), prepared for plain JDBC: each {@code :name}
 * becomes a positional {@code ?} bound to {@code params.get(name)} with {@code setObject}, so one SQL text serves
 * both ways of running it. {@code ::type} casts are left alone; names inside string literals are not supported (the
 * service's SQL has none).
 */
public final class NamedSql {

    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([A-Za-z][A-Za-z0-9_]*)");

    private NamedSql() {}

    /** The positional SQL and the values in order, for {@code sql} with {@code :name} parameters. */
    record Positional(String sql, List<Object> values) {}

    static Positional positional(String sql, Map<String, ?> params) {
        Template template = TEMPLATES.computeIfAbsent(sql, NamedSql::parse);
        List<Object> values = new ArrayList<>(template.names().size());
        for (String name : template.names()) {
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            values.add(params.get(name));
        }
        return new Positional(template.sql(), values);
    }

    /** A parsed SQL text: positional, and the parameter names in order. */
    private record Template(String sql, List<String> names) {}

    /**
     * Parsed texts, so the hot paths that use this do not run the regular expression on every request. The keys are
     * the service's SQL texts, built from constant fragments (values are always parameters), so there are few.
     */
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    private static Template parse(String sql) {
        Matcher m = NAME.matcher(sql);
        StringBuilder positional = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(positional, "?");
        }
        m.appendTail(positional);
        return new Template(positional.toString(), List.copyOf(names));
    }

    public static PreparedStatement prepare(Connection connection, String sql, Map<String, ?> params)
            throws SQLException {
        Positional p = positional(sql, params);
        PreparedStatement statement = connection.prepareStatement(p.sql());
        try {
            for (int i = 0; i < p.values().size(); i++) {
                statement.setObject(i + 1, p.values().get(i));
            }
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }
}
