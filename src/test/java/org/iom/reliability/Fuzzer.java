package org.iom.reliability;

import static org.iom.reliability.Rand.pick;
import static org.iom.reliability.Rand.rnd;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates request i of a seed deterministically (tokens differ only in their time claims): a valid request for
 * operation {@code i % ops}, then spoilt in one of ten ways ({@link #CATEGORIES}). Bodies come from the operation's
 * schema ({@link SchemaSampler}); the spoiling of bodies, headers and tokens is in {@link Mutations}.
 */
final class Fuzzer {
    static final String[] CATEGORIES = {"broken-json", "wrong-types", "huge-strings", "odd-headers", "bad-tokens",
            "wrong-methods", "wrong-media-types", "bad-path-params", "bad-query-params", "raw-http"};
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    final List<Op> ops = new ArrayList<>();
    final Map<String, String> known;
    final String schemeCode;
    final SchemaSampler sampler;

    @SuppressWarnings("unchecked")
    Fuzzer(Map<String, Object> doc, Map<String, String> known, String schemeCode) {
        this.known = known;
        this.schemeCode = schemeCode;
        this.sampler = new SchemaSampler(doc, known);
        Map<String, Object> paths = (Map<String, Object>) doc.getOrDefault("paths", Map.of());
        for (var p : new TreeMap<>(paths).entrySet()) {
            Map<String, Object> item = (Map<String, Object>) p.getValue();
            for (String m : List.of("get", "post", "put", "patch", "delete")) {
                if (item.containsKey(m)) {
                    Map<String, Object> op = new LinkedHashMap<>((Map<String, Object>) item.get(m));
                    List<Object> params = new ArrayList<>();
                    if (item.get("parameters") instanceof List<?> shared) {
                        params.addAll(shared);
                    }
                    if (op.get("parameters") instanceof List<?> own) {
                        params.addAll(own);
                    }
                    op.put("parameters", params);
                    ops.add(new Op(m.toUpperCase(Locale.ROOT), p.getKey(), op));
                }
            }
        }
    }

    FuzzReq generate(long seed, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        Op op = ops.get(index % ops.size());
        String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        Map<String, String> h = new LinkedHashMap<>();
        String method = op.method();
        String path = fillPath(op, r, false);
        String query = "";
        byte[] body = null;
        boolean hasBody = op.op().containsKey("requestBody");
        h.put("Authorization", "Bearer " + validToken(r));
        if (hasBody) {
            h.put("Content-Type", sampler.bodyType(op));
            body = sampler.validBody(op, r).getBytes(StandardCharsets.UTF_8);
        }
        if (op.method().equals("PATCH") || op.method().equals("PUT") || op.path().endsWith("/exit")) {
            h.put("If-Match", "\"" + r.nextInt(3) + "\"");
        }
        switch (category) {
            case "broken-json" -> {
                if (!hasBody) {
                    method = pick(r, "POST", "PUT", "PATCH");
                    h.put("Content-Type", "application/json");
                }
                body = Mutations.brokenJson(r, body == null ? "{\"a\":1}" : new String(body, StandardCharsets.UTF_8));
            }
            case "wrong-types" -> {
                if (hasBody) {
                    body = sampler.wrongTypes(op, r).getBytes(StandardCharsets.UTF_8);
                } else {
                    query = badQuery(op, r);
                }
            }
            case "huge-strings" -> {
                if (hasBody) {
                    body = sampler.hugeStrings(op, r);
                } else {
                    query = "?" + pickParamName(op, r) + "=" + rnd(r, 2000 + r.nextInt(6000), "abcxyz019-_");
                }
            }
            case "odd-headers" -> Mutations.oddHeaders(h, r, hasBody);
            case "bad-tokens" -> Mutations.badToken(h, r);
            case "wrong-methods" -> {
                method = pick(r, "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "PROPFIND",
                        "FOO");
                if (method.equals(op.method())) {
                    method = op.method().equals("DELETE") ? "PUT" : "DELETE";
                }
                if (r.nextBoolean() && body == null) {
                    body = "{}".getBytes(StandardCharsets.UTF_8);
                    h.put("Content-Type", "application/json");
                }
            }
            case "wrong-media-types" -> {
                if (hasBody && r.nextInt(3) > 0) {
                    h.put("Content-Type", pick(r, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "multipart/form-data; boundary=xyz", "application/octet-stream", "text/json",
                            "application/json-patch+json", "application/vnd.api+json", "image/png"));
                } else {
                    h.put("Accept", pick(r, "application/xml", "text/html", "image/png", "text/csv",
                            "application/vnd.ms-excel", "application/json;q=0, text/plain"));
                }
            }
            case "bad-path-params" -> path = fillPath(op, r, true);
            case "bad-query-params" -> query = badQuery(op, r);
            case "raw-http" -> {
                return new FuzzReq(index, op.method() + " " + op.path(), category, null, null, null, null, rawRequest(r, path, h));
            }
            default -> throw new IllegalStateException(category);
        }
        if (body == null || method.equals("GET") || method.equals("HEAD")) {
            if (!category.equals("wrong-methods") && !category.equals("broken-json")) {
                h.remove("Content-Type");
            }
            if (method.equals("GET") || method.equals("HEAD")) {
                body = null;
                h.remove("Content-Type");
            }
        }
        return new FuzzReq(index, op.method() + " " + op.path(), category, method, path + query, h, body, null);
    }

    String validToken(Random r) {
        int k = r.nextInt(10);
        if (k < 5) {
            return Tokens.token("iom-admin");
        } else if (k < 8) {
            return Tokens.token("iom-practitioner", schemeCode);
        }
        return Tokens.token(pick(r, "iom-analyst", "iom-inspector", "iom-oversight", "iom-auditor"));
    }

    String fillPath(Op op, Random r, boolean bad) {
        String p = op.path();
        Matcher m = PATH_PARAM.matcher(p);
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            any = true;
            String name = m.group(1);
            String value;
            if (bad) {
                value = pick(r, rnd(r, 300, "abc"), rnd(r, 5000, "abc"), "..", "%2e%2e%2f%2e%2e", "%00", "%ff%fe",
                        "' OR '1'='1", "-1", "0", "99999999999999999999", "00000000-0000-0000-0000-000000000000",
                        UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "x", "%E2%80%AE", "a%20b",
                        "%7B%7D", "null", "undefined", "%25", ";jsessionid=1", "%0d%0aX-Injected:%201");
            } else {
                value = paramValue(op, name, r);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        String out = sb.toString();
        if (bad && !any) {
            out = out + pick(r, "/", "//", "/..", "/%00", "/" + rnd(r, 40, "xyz"), ";x=1", "/./", "%2F");
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    String paramValue(Op op, String name, Random r) {
        if (known.containsKey(name)) {
            return known.get(name);
        }
        for (Object o : (List<Object>) op.op().get("parameters")) {
            Map<String, Object> p = (Map<String, Object>) o;
            if (name.equals(p.get("name"))) {
                if (p.containsKey("example")) {
                    return String.valueOf(p.get("example"));
                }
                Map<String, Object> s = sampler.resolve((Map<String, Object>) p.getOrDefault("schema", Map.of()));
                Object v = sampler.sample(s, name, r, 0);
                return String.valueOf(v);
            }
        }
        return UUID.randomUUID().toString();
    }

    @SuppressWarnings("unchecked")
    String pickParamName(Op op, Random r) {
        List<String> names = new ArrayList<>();
        for (Object o : (List<Object>) op.op().get("parameters")) {
            Map<String, Object> p = (Map<String, Object>) o;
            if ("query".equals(p.get("in"))) {
                names.add((String) p.get("name"));
            }
        }
        names.add("unknownParam");
        return names.get(r.nextInt(names.size()));
    }

    String badQuery(Op op, Random r) {
        String name = pickParamName(op, r);
        String value = pick(r, "-1", "0", "201", "100000000000000000000", "abc", "1e3", "1.5", "", "%00",
                "2026-02-30", "NOT_A_VALUE", "maybe", rnd(r, 3000, "abc"), "%ZZ", "a%20b", "[]", "{}",
                "\u00e9", "true", "null", "9999-99-99", "%2F..%2F");
        String enc = value.startsWith("%") || value.contains("%20") ? value
                : URLEncoder.encode(value, StandardCharsets.UTF_8);
        String q = "?" + name + "=" + enc;
        if (r.nextInt(4) == 0) {
            q += "&" + name + "=" + URLEncoder.encode(pick(r, "1", "x", ""), StandardCharsets.UTF_8);
        }
        if (r.nextInt(4) == 0) {
            q += "&limit=" + pick(r, "-5", "0", "999", "x") + "&cursor=" + pick(r, "garbage", "AAAA", "%3D%3D",
                    Base64.getUrlEncoder().encodeToString(rnd(r, 60, "{}\":,abc").getBytes(StandardCharsets.UTF_8)));
        }
        return q;
    }

    String rawRequest(Random r, String path, Map<String, String> h) {
        String auth = "Authorization: " + h.get("Authorization") + "\r\n";
        return switch (r.nextInt(12)) {
            case 0 -> "GET " + path + "\r\n\r\n";
            case 1 -> "GARBAGE\r\n\r\n";
            case 2 -> "GET " + path + " HTTP/1.1\r\nHost: x\r\nNoColonHeader\r\n\r\n";
            case 3 -> "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":1}";
            case 4 -> "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                    + "Content-Type: application/json\r\nContent-Length: -5\r\n\r\n{}";
            case 5 -> "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n";
            case 6 -> "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                    + "Content-Length: 2\r\nContent-Length: 7\r\nContent-Type: application/json\r\n\r\n{}";
            case 7 -> "GET " + path + " HTTP/9.9\r\nHost: x\r\n\r\n";
            case 8 -> "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + "X-Long: " + "a".repeat(70_000) + "\r\n\r\n";
            case 9 -> "GET /" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n";
            case 10 -> "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n";
            default -> "PATCH " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Type: application/json\r\n"
                    + "Content-Length: 5\r\n\r\n\u00ff\u00fe\u0000\u0001\u0002";
        };
    }
}
