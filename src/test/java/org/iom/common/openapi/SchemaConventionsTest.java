package org.iom.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.caseload.NeedArea;
import org.iom.support.contract.NullabilityChanges;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of ADR 0029, checked on the committed contract and on the Java types it is made from. (That the service's
 * real answers keep them, a required property present and a non-null one never null, is checked on every test
 * exchange by the contract validator, org.iom.support.contract.)
 */
class SchemaConventionsTest {

    static JsonNode contract;
    static JsonNode schemas;

    @BeforeAll
    static void read() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/iom-api.yaml")));
        schemas = contract.path("components").path("schemas");
    }

    @Test
    void everyPropertyOfAnAnswerIsRequired() {
        List<String> optional = new ArrayList<>();
        for (JsonNode schema : objects(roots("responses"))) {
            boolean omitsNulls = schema.path(PropertyConventions.NULLS_OMITTED).asBoolean(false);
            Set<String> required = texts(schema.path("required"));
            schema.path("properties").fields().forEachRemaining(p -> {
                if (omitsNulls ? nullable(p.getValue()) : !required.contains(p.getKey())) {
                    optional.add(name(schema) + "." + p.getKey());
                }
            });
        }
        assertEquals(List.of(), optional, "answer properties not required (or, where nulls are omitted, nullable)");
    }

    @Test
    void noRequestBodyIsOpen() {
        List<String> open = new ArrayList<>();
        List<JsonNode> bodies = roots("requestBody");
        for (JsonNode schema : objects(bodies)) {
            if (schema.has("properties") && !schema.path("additionalProperties").isBoolean()
                    || schema.path("additionalProperties").asBoolean(false)) {
                open.add(name(schema));
            }
        }
        assertEquals(List.of(), open, "request objects without additionalProperties: false");
        assertTrue(bodies.size() > 15, "found only " + bodies.size() + " request bodies: is the walk broken?");
    }

    @Test
    void answerNullabilityFollowsTheJavaTypes() throws Exception {
        List<String> mismatches = new ArrayList<>();
        Set<String> answers = new LinkedHashSet<>();
        objects(roots("responses")).forEach(s -> answers.add(name(s)));
        int checked = 0;
        for (Class<?> type : schemaRecords()) {
            String name = type.getAnnotation(Schema.class).name();
            JsonNode schema = schemas.path(name);
            if (!answers.contains(name) || schema.path(PropertyConventions.NULLS_OMITTED).asBoolean(false)) {
                continue;
            }
            for (RecordComponent c : type.getRecordComponents()) {
                Field field = type.getDeclaredField(c.getName());
                Schema annotation = field.getAnnotation(Schema.class);
                JsonProperty renamed = field.getAnnotation(JsonProperty.class);
                String property = renamed != null ? renamed.value() : c.getName();
                JsonNode p = schema.path("properties").path(property);
                if (p.isMissingNode() || annotation != null && annotation.hidden()) {
                    continue;
                }
                boolean marked = annotation != null && annotation.nullable();
                checked++;
                if (marked != nullable(p) || (c.getType().isPrimitive() && marked)) {
                    mismatches.add(name + "." + property + (marked ? " is marked nullable" : " is not marked nullable"));
                }
            }
        }
        assertEquals(List.of(), mismatches, "answer properties whose null does not follow @Schema(nullable = true)");
        assertTrue(checked > 200, "checked only " + checked + " properties: is the scan broken?");
    }

    @Test
    void needsHasTheTenAreasRequiredAndNothingElse() {
        JsonNode needs = schemas.path("Needs");
        Set<String> areas = new TreeSet<>(Arrays.stream(NeedArea.values()).map(Enum::name).toList());
        assertEquals(areas, new TreeSet<>(texts(needs.path("required"))));
        assertEquals(areas, new TreeSet<>(iterable(needs.path("properties").fieldNames())));
        assertEquals(false, needs.path("additionalProperties").asBoolean(true));
    }

    @Test
    void theTimelineEntryIsOneOfItsKindsByType() {
        JsonNode entry = schemas.path("NewRecommendationUpdate");
        assertEquals("type", entry.path("discriminator").path("propertyName").asText());
        Set<String> kinds = new TreeSet<>();
        entry.path("discriminator").path("mapping").fields().forEachRemaining(m -> {
            JsonNode member = schemas.path(m.getValue().asText().replace("#/components/schemas/", ""));
            assertEquals(List.of(m.getKey()), List.copyOf(texts(member.path("properties").path("type").path("enum"))));
            assertTrue(texts(member.path("required")).contains("type"), m.getKey());
            assertTrue(member.has("x-if-match"), m.getKey() + " states its If-Match rule");
            kinds.add(m.getKey());
        });
        assertEquals(Set.of("COMMENT", "STATUS_CHANGE", "TARGET_DATE_REVISION", "ACTION_ADDED",
                "ACTION_DUE_DATE_REVISION", "ACTION_STATUS_CHANGE", "DECISION"), kinds);
        assertEquals(7, entry.path("oneOf").size());
    }

    @Test
    void theHeadersSentAreDeclared() {
        List<String> missing = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            boolean idempotent = false;
            for (JsonNode p : op.getValue().path("parameters")) {
                idempotent |= p.path("name").asText().equals("Idempotency-Key");
            }
            boolean replays = idempotent;
            op.getValue().path("responses").fields().forEachRemaining(r -> {
                JsonNode headers = r.getValue().path("headers");
                String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + r.getKey();
                if (!headers.has("X-Request-Id")) {
                    missing.add(where + " X-Request-Id");
                }
                if (replays && r.getKey().startsWith("2") && !headers.has("Idempotent-Replayed")) {
                    missing.add(where + " Idempotent-Replayed");
                }
            });
        }));
        assertEquals(List.of(), missing);
    }

    @Test
    void componentNamesAreNotNumbered() {
        List<String> numbered = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(n -> {
            if (n.matches(".*[0-9]$")) {
                numbered.add(n);
            }
        });
        assertEquals(List.of(), numbered, "a numbered schema name means two types clash on one name (Rag, Rag1)");
    }

    // -- walking the contract ---------------------------------------------------------------------------------------

    /** The schemas of every request body ("requestBody") or every answer ("responses"). */
    static List<JsonNode> roots(String side) {
        List<JsonNode> roots = new ArrayList<>();
        contract.path("paths").forEach(item -> item.forEach(op -> {
            List<JsonNode> holders = new ArrayList<>();
            if (side.equals("requestBody")) {
                holders.add(op.path("requestBody"));
            } else {
                op.path("responses").forEach(holders::add);
            }
            holders.forEach(h -> h.path("content").forEach(media -> {
                if (media.has("schema")) {
                    roots.add(media.get("schema"));
                }
            }));
        }));
        return roots;
    }

    /** Every object schema reachable from the roots (through references, properties, items and combinators). */
    static List<JsonNode> objects(List<JsonNode> roots) {
        List<JsonNode> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<JsonNode> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            JsonNode s = todo.remove(todo.size() - 1);
            if (s.has("$ref")) {
                String ref = s.get("$ref").asText().replace("#/components/schemas/", "");
                if (seen.add(ref)) {
                    todo.add(schemas.path(ref));
                }
                continue;
            }
            if (s.has("properties")) {
                found.add(s);
                s.get("properties").forEach(todo::add);
            }
            Stream.of("items", "additionalProperties").filter(k -> s.path(k).isObject()).forEach(k -> todo.add(s.get(k)));
            Stream.of("allOf", "anyOf", "oneOf").forEach(k -> s.path(k).forEach(todo::add));
        }
        return found;
    }

    static boolean nullable(JsonNode p) {
        return NullabilityChanges.nullable(p);
    }

    static Set<String> texts(JsonNode node) {
        return NullabilityChanges.texts(node);
    }

    static String name(JsonNode schema) {
        var it = schemas.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getValue() == schema) {
                return e.getKey();
            }
        }
        return "(inline) " + schema.path("description").asText("").replaceAll("\\s+", " ");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** The records of the service that name a schema ({@code @Schema(name = ...)}), from the compiled classes. */
    static List<Class<?>> schemaRecords() throws IOException {
        Path classes = Path.of("target/classes");
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/iom"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, SchemaConventionsTest.class.getClassLoader());
                    if (c.isRecord() && c.getAnnotation(Schema.class) != null && !c.getAnnotation(Schema.class).name().isEmpty()) {
                        records.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not a loadable type (e.g. a Quarkus-generated class): not a schema
                }
            }
        }
        return records;
    }
}
