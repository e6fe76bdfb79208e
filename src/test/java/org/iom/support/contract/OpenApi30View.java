package org.iom.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The contract (OpenAPI 3.1) rewritten in OpenAPI 3.0 terms for swagger-request-validator, whose schema check reads
 * schemas the 3.0 way: with the 3.1 document as it is, it silently drops {@code type: [string, "null"]} and then
 * checks no types at all. The rewrite keeps the meaning:
 * {@code type: [X, "null"]} becomes {@code type: X, nullable: true}; numeric {@code exclusiveMinimum/Maximum}
 * become the 3.0 boolean form; {@code const} becomes a one-value {@code enum}; schema {@code examples} (an array,
 * not allowed in 3.0 schemas) are dropped. {@code {type: "null"}} inside {@code anyOf} is kept: the validator's
 * JSON Schema engine (draft 4) understands it.
 */
final class OpenApi30View {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpenApi30View() {}

    static String of(String openApi31Yaml) {
        try {
            JsonNode root = YAML.readTree(openApi31Yaml);
            if (!(root instanceof ObjectNode doc) || !doc.path("openapi").asText().startsWith("3.1")) {
                return openApi31Yaml;
            }
            doc.put("openapi", "3.0.3");
            rewrite(doc);
            return YAML.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("The contract is not valid YAML", e);
        }
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            rewriteSchemaKeywords(object);
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                rewrite(it.next().getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi30View::rewrite);
        }
    }

    private static void rewriteSchemaKeywords(ObjectNode node) {
        JsonNode type = node.get("type");
        if (type instanceof ArrayNode types) {
            List<String> named = new ArrayList<>();
            boolean nullable = false;
            for (JsonNode t : types) {
                if ("null".equals(t.asText())) {
                    nullable = true;
                } else {
                    named.add(t.asText());
                }
            }
            if (named.size() == 1) {
                node.put("type", named.get(0));
            } else if (named.isEmpty()) {
                node.put("type", "null");
            } else {
                ArrayNode rest = JsonNodeFactory.instance.arrayNode();
                named.forEach(rest::add);
                node.set("type", rest);
            }
            if (nullable) {
                node.put("nullable", true);
            }
        }
        if (node.has("examples") && node.get("examples").isArray()) {
            node.remove("examples");
        }
        for (String bound : List.of("exclusiveMinimum", "exclusiveMaximum")) {
            JsonNode value = node.get(bound);
            if (value != null && value.isNumber()) {
                node.set(bound.equals("exclusiveMinimum") ? "minimum" : "maximum", value);
                node.put(bound, true);
            }
        }
        if (node.has("const")) {
            node.set("enum", JsonNodeFactory.instance.arrayNode().add(node.remove("const")));
        }
    }
}
