package org.iom.reliability;

import static org.iom.reliability.Rand.pick;
import static org.iom.reliability.Rand.rnd;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Request bodies from an operation's schema in the OpenAPI document: a valid sample ($ref and allOf resolved; examples,
 * then enums, then a value of the type), the same with wrong types, and with huge strings.
 */
final class SchemaSampler {
    final Map<String, Object> doc;
    final Map<String, String> known;

    /** {@code known}: values for fields and parameters of that name (the ids of the test's own scheme and case). */
    SchemaSampler(Map<String, Object> doc, Map<String, String> known) {
        this.doc = doc;
        this.known = known;
    }

    @SuppressWarnings("unchecked")
    String bodyType(Op op) {
        Map<String, Object> rb = (Map<String, Object>) op.op().get("requestBody");
        Map<String, Object> content = rb == null ? null : (Map<String, Object>) rb.get("content");
        return content == null || content.isEmpty() ? "application/json" : content.keySet().iterator().next();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> bodySchema(Op op) {
        Map<String, Object> rb = (Map<String, Object>) op.op().get("requestBody");
        if (rb == null) {
            return Map.of();
        }
        Map<String, Object> content = (Map<String, Object>) rb.get("content");
        if (content == null || content.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> media = (Map<String, Object>) content.values().iterator().next();
        return resolve((Map<String, Object>) media.getOrDefault("schema", Map.of()));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> s) {
        for (int depth = 0; s != null && s.containsKey("$ref") && depth < 10; depth++) {
            String ref = (String) s.get("$ref");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            Map<String, Object> comps = (Map<String, Object>) doc.getOrDefault("components", Map.of());
            Map<String, Object> schemas = (Map<String, Object>) comps.getOrDefault("schemas", Map.of());
            s = (Map<String, Object>) schemas.get(name);
        }
        if (s != null && s.get("allOf") instanceof List<?> all) {
            Map<String, Object> merged = new LinkedHashMap<>();
            Map<String, Object> props = new LinkedHashMap<>();
            for (Object part : all) {
                Map<String, Object> p = resolve((Map<String, Object>) part);
                if (p != null) {
                    merged.putAll(p);
                    if (p.get("properties") instanceof Map<?, ?> pp) {
                        props.putAll((Map<String, Object>) pp);
                    }
                }
            }
            merged.remove("allOf");
            merged.put("properties", props);
            return merged;
        }
        return s == null ? Map.of() : s;
    }

    @SuppressWarnings("unchecked")
    Object sample(Map<String, Object> schema, String name, Random r, int depth) {
        Map<String, Object> s = resolve(schema);
        if (s.containsKey("example")) {
            return s.get("example");
        }
        if (s.get("examples") instanceof List<?> ex && !ex.isEmpty()) {
            return ex.get(0);
        }
        if (s.get("enum") instanceof List<?> en && !en.isEmpty()) {
            return en.get(r.nextInt(en.size()));
        }
        String type = typeOf(s);
        String format = (String) s.get("format");
        if (name != null && known.containsKey(name)) {
            return known.get(name);
        }
        switch (type) {
            case "object" -> {
                Map<String, Object> o = new LinkedHashMap<>();
                if (depth < 4 && s.get("properties") instanceof Map<?, ?> props) {
                    for (var e : ((Map<String, Object>) props).entrySet()) {
                        o.put(e.getKey(), sample((Map<String, Object>) e.getValue(), e.getKey(), r, depth + 1));
                    }
                }
                return o;
            }
            case "array" -> {
                List<Object> l = new ArrayList<>();
                if (depth < 4 && s.get("items") instanceof Map<?, ?> items) {
                    l.add(sample((Map<String, Object>) items, null, r, depth + 1));
                }
                return l;
            }
            case "integer" -> {
                return 1;
            }
            case "number" -> {
                return 1.5;
            }
            case "boolean" -> {
                return true;
            }
            default -> {
                if ("date".equals(format)) {
                    return Bodies.TODAY.minusDays(10).toString();
                }
                if ("date-time".equals(format)) {
                    return "2026-01-01T10:00:00Z";
                }
                if ("uuid".equals(format)) {
                    return UUID.randomUUID().toString();
                }
                return "x";
            }
        }
    }

    @SuppressWarnings("unchecked")
    static String typeOf(Map<String, Object> s) {
        Object t = s.get("type");
        if (t instanceof String str) {
            return str;
        }
        if (t instanceof List<?> l) {
            for (Object o : l) {
                if (!"null".equals(o)) {
                    return String.valueOf(o);
                }
            }
        }
        if (s.containsKey("properties")) {
            return "object";
        }
        return "string";
    }

    String validBody(Op op, Random r) {
        return Json.write(sample(bodySchema(op), null, r, 0));
    }

    @SuppressWarnings("unchecked")
    String wrongTypes(Op op, Random r) {
        Object base = sample(bodySchema(op), null, r, 0);
        if (!(base instanceof Map<?, ?>)) {
            return Json.write(wrongValue(r));
        }
        Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) base);
        List<String> keys = new ArrayList<>(m.keySet());
        int changes = 1 + r.nextInt(3);
        for (int c = 0; c < changes; c++) {
            int k = r.nextInt(10);
            if (k == 0 || keys.isEmpty()) {
                m.put(pick(r, "id", "version", "createdAt", "unknownField", "schemeId_", "__proto__", "constructor"),
                        wrongValue(r));
            } else if (k == 1 && !keys.isEmpty()) {
                m.remove(keys.get(r.nextInt(keys.size())));
            } else {
                String f = keys.get(r.nextInt(keys.size()));
                m.put(f, wrongValue(r));
            }
        }
        if (r.nextInt(8) == 0) {
            return Json.write(pick(r, List.of(m), "just a string", 42, true));
        }
        return Json.write(m);
    }

    Object wrongValue(Random r) {
        return switch (r.nextInt(24)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> " ";
            case 3 -> 123456789012345678L;
            case 4 -> -1;
            case 5 -> 1.0e308;
            case 6 -> true;
            case 7 -> List.of(1, "two", Map.of());
            case 8 -> Map.of("nested", Map.of("deeper", List.of()));
            case 9 -> "2026-02-30";
            case 10 -> "2026-13-01";
            case 11 -> "31/12/2026";
            case 12 -> "not-a-uuid";
            case 13 -> "00000000-0000-0000-0000-00000000000g";
            case 14 -> "NOT_AN_ENUM_VALUE";
            case 15 -> "lowercase";
            case 16 -> "a1234567";
            case 17 -> "9999/1234567Z";
            case 18 -> "\u0000nul\u0000";
            case 19 -> "\ud83d\ude00 emoji \u202e rtl";
            case 20 -> 0.5;
            case 21 -> new BigInteger("123456789012345678901234567890");
            case 22 -> "<script>alert(1)</script>";
            default -> "' OR 1=1 --";
        };
    }

    @SuppressWarnings("unchecked")
    byte[] hugeStrings(Op op, Random r) {
        int k = r.nextInt(6);
        if (k == 0) {
            // Over the 1 MiB body limit.
            return ("{\"name\":\"" + rnd(r, 1_100_000, "abc") + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        Object base = sample(bodySchema(op), null, r, 0);
        Map<String, Object> m = base instanceof Map<?, ?> bm ? new LinkedHashMap<>((Map<String, Object>) bm)
                : new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(m.keySet());
        String f = keys.isEmpty() ? "x" : keys.get(r.nextInt(keys.size()));
        int len = pick(r, 201, 256, 1000, 4001, 10_000, 100_000, 500_000);
        String alphabet = pick(r, "abcdefghij", "\u00e9\u00df\u4e2d\u0416", "\ud83d\ude00", "0123456789",
                " \t", "\\\"/");
        m.put(f, rnd(r, len, alphabet));
        if (k == 1 && !keys.isEmpty()) {
            String f2 = keys.get(r.nextInt(keys.size()));
            m.put(f2, List.of(rnd(r, 5000, "xyz"), rnd(r, 5000, "xyz")));
        }
        return Json.write(m).getBytes(StandardCharsets.UTF_8);
    }
}
