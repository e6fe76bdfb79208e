package org.iom.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The service's request line limit fits the contract's longest legal request (#19, ADR 0034): for every operation,
 * each path and query parameter at its longest (arrays at maxItems), free text percent-encoded at 9 characters per
 * UTF-16 unit (a 3-byte UTF-8 character), other strings at 3 per character.
 */
class ContractRequestLineTest {

    @Test
    void theLongestLegalRequestLineFitsTheLimit() throws Exception {
        JsonNode contract = new YAMLMapper().readTree(Path.of("openapi/iom-api.yaml").toFile());
        Map<Integer, String> lengths = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                lengths.put(longest(contract, method, path.getKey(), op.getValue()), method + " " + path.getKey());
            }
        }
        int limit = Integer.parseInt(HttpLimitsConfig.class.getMethod("maxRequestLineLength")
                .getAnnotation(WithDefault.class).value());
        int longest = ((TreeMap<Integer, String>) lengths).lastKey();
        assertTrue(lengths.size() > 30, "the contract's operations were not read");
        assertTrue(longest > 4096, "the estimate is broken: 100 scheme ids alone take over 4 KiB");
        assertTrue(longest <= limit, "the longest legal request line (" + lengths.get(longest) + ", " + longest
                + " characters) is over the limit of " + limit);
    }

    private static int longest(JsonNode contract, String method, String path, JsonNode operation) throws IOException {
        int length = method.length() + 1 + path.length() + 1 + " HTTP/1.1".length();
        for (JsonNode p : operation.path("parameters")) {
            JsonNode schema = resolve(contract, p.path("schema"));
            String name = p.path("name").asText();
            if (p.path("in").asText().equals("path")) {
                length += width(contract, schema) - name.length() - 2;
            } else if (p.path("in").asText().equals("query")) {
                boolean array = schema.path("type").asText().equals("array");
                int items = array ? schema.path("maxItems").asInt(1000) : 1;
                length += items * (name.length() + 2 + width(contract, array ? schema.path("items") : schema));
            }
        }
        return length;
    }

    private static int width(JsonNode contract, JsonNode s) {
        JsonNode schema = resolve(contract, s);
        if (schema.has("enum")) {
            int max = 0;
            for (JsonNode e : schema.get("enum")) {
                max = Math.max(max, e.asText().length());
            }
            return max;
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        return switch (type) {
            case "integer" -> 11;
            case "number" -> 24;
            case "boolean" -> 5;
            default -> schema.path("format").asText().equals("uuid") ? 36
                    : schema.path("maxLength").asInt(10_000) * (schema.has("pattern") || schema.has("format") ? 3 : 9);
        };
    }

    private static JsonNode resolve(JsonNode contract, JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String[] ref = s.get("$ref").asText().split("/");
            s = contract.path("components").path("schemas").path(ref[ref.length - 1]);
        }
        return s;
    }
}
