package org.iom.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The breaking changes openapi-diff does not see: null and presence (ADR 0029). A request property that accepted null
 * and no longer does breaks callers that send null; an answer property that was never null (or always present) and
 * now may be null (or absent) breaks callers that read it as non-null. Component schemas are compared by name, on the
 * side (request bodies or answers) that reaches them in the new contract.
 */
public final class NullabilityChanges {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String PREFIX = "#/components/schemas/";

    private NullabilityChanges() {}

    static List<String> breaking(String oldYaml, String newYaml) {
        JsonNode before = read(oldYaml);
        JsonNode after = read(newYaml);
        JsonNode oldSchemas = before.path("components").path("schemas");
        JsonNode newSchemas = after.path("components").path("schemas");
        List<String> breaks = new ArrayList<>();
        for (String name : reachable(after, "requestBody")) {
            newSchemas.path(name).path("properties").fields().forEachRemaining(p -> {
                JsonNode old = oldSchemas.path(name).path("properties").path(p.getKey());
                if (!old.isMissingNode() && nullable(old) && !nullable(p.getValue())) {
                    breaks.add("request " + name + "." + p.getKey() + " no longer accepts null");
                }
            });
        }
        for (String name : reachable(after, "responses")) {
            JsonNode oldSchema = oldSchemas.path(name);
            Set<String> oldRequired = texts(oldSchema.path("required"));
            Set<String> newRequired = texts(newSchemas.path(name).path("required"));
            newSchemas.path(name).path("properties").fields().forEachRemaining(p -> {
                JsonNode old = oldSchema.path("properties").path(p.getKey());
                if (old.isMissingNode()) {
                    return;
                }
                if (!nullable(old) && nullable(p.getValue())) {
                    breaks.add("answer " + name + "." + p.getKey() + " may now be null");
                }
                if (oldRequired.contains(p.getKey()) && !newRequired.contains(p.getKey())) {
                    breaks.add("answer " + name + "." + p.getKey() + " may now be absent");
                }
            });
        }
        return breaks;
    }

    private static JsonNode read(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Component schemas reached from the request bodies ("requestBody") or the answers ("responses"). */
    private static Set<String> reachable(JsonNode doc, String side) {
        JsonNode schemas = doc.path("components").path("schemas");
        List<JsonNode> todo = new ArrayList<>();
        doc.path("paths").forEach(item -> item.forEach(op -> {
            Stream<JsonNode> holders = side.equals("requestBody") ? Stream.of(op.path("requestBody"))
                    : iterate(op.path("responses"));
            holders.forEach(h -> h.path("content").forEach(media -> todo.add(media.path("schema"))));
        }));
        Set<String> found = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            JsonNode s = todo.remove(todo.size() - 1);
            if (s.has("$ref") && s.get("$ref").asText().startsWith(PREFIX)) {
                String name = s.get("$ref").asText().substring(PREFIX.length());
                if (found.add(name)) {
                    todo.add(schemas.path(name));
                }
                continue;
            }
            s.path("properties").forEach(todo::add);
            Stream.of("items", "additionalProperties").filter(k -> s.path(k).isObject()).forEach(k -> todo.add(s.get(k)));
            Stream.of("allOf", "anyOf", "oneOf").forEach(k -> s.path(k).forEach(todo::add));
        }
        return found;
    }

    private static Stream<JsonNode> iterate(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        node.forEach(list::add);
        return list.stream();
    }

    /** True when a property schema admits null ({@code type: [X, "null"]}, or a null alternative). */
    public static boolean nullable(JsonNode p) {
        if (texts(p.path("type")).contains("null")) {
            return true;
        }
        return Stream.of("anyOf", "oneOf").anyMatch(k -> iterate(p.path(k)).anyMatch(a -> a.path("type").asText().equals("null")));
    }

    /** A string or an array of strings, as a set. */
    public static Set<String> texts(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }
}
