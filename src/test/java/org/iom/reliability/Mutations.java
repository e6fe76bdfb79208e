package org.iom.reliability;

import static org.iom.reliability.Rand.pick;
import static org.iom.reliability.Rand.rnd;
import static org.iom.reliability.Tokens.b64;
import static org.iom.reliability.Tokens.claims;
import static org.iom.reliability.Tokens.jwt;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The ways the fuzzer spoils a valid request: broken JSON bodies, odd headers, bad tokens. */
final class Mutations {

    private Mutations() {
    }

    static byte[] brokenJson(Random r, String valid) {
        String s = switch (r.nextInt(20)) {
            case 0 -> valid.substring(0, Math.max(1, r.nextInt(Math.max(1, valid.length()))));
            case 1 -> valid + "}";
            case 2 -> valid + " trailing";
            case 3 -> valid.replace("\"", "'");
            case 4 -> valid.replaceFirst(":", "");
            case 5 -> "[".repeat(5000) + "]".repeat(5000);
            case 6 -> "{\"a\":".repeat(3000) + "1" + "}".repeat(3000);
            case 7 -> "";
            case 8 -> "null";
            case 9 -> "[]";
            case 10 -> "123";
            case 11 -> "{\"a\":NaN,\"b\":Infinity}";
            case 12 -> "{/*c*/\"a\":1}";
            case 13 -> "{\"a\":1,}";
            case 14 -> "\ufeff" + valid;
            case 15 -> "{\"crn\":\"A1\",\"crn\":\"B2\"}";
            case 16 -> "{\"n\":1e999999999}";
            case 17 -> "{\"s\":\"\\ud800\"}";
            case 18 -> valid.replace("{", "{\"\":").replaceFirst("\\{\"\":", "{");
            default -> null;
        };
        if (s == null) {
            byte[] b = new byte[1 + r.nextInt(200)];
            r.nextBytes(b);
            return b;
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void oddHeaders(Map<String, String> h, Random r, boolean hasBody) {
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(14)) {
                case 0 -> h.put("Content-Type", pick(r, "", "a/b/c", "application/json; charset=latin1",
                        "application/json; charset=utf-16", "application/json;;;", "*/*", "application/"));
                case 1 -> h.put("Accept", pick(r, "*/*;q=garbage", "application/json;q=2", "application/*", ",,,",
                        "text/*;q=0.1, application/problem+json"));
                case 2 -> h.put("If-Match", pick(r, "*", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"",
                        "\"1\", \"2\"", "garbage", "\"\"", "\"" + "9".repeat(300) + "\""));
                case 3 -> h.put("Idempotency-Key", pick(r, " ", "k".repeat(201), "has space", "tab\tkey",
                        UUID.randomUUID().toString(), "\u00e9t\u00e9"));
                case 4 -> h.put("X-Request-Id", rnd(r, 5000, "abc"));
                case 5 -> h.put("Content-Encoding", pick(r, "gzip", "br", "deflate", "identity, gzip"));
                case 6 -> h.put("X-Huge", rnd(r, 30_000, "q"));
                case 7 -> h.put("Accept-Language", "zz-ZZ;q=1, " + rnd(r, 300, "abc"));
                case 8 -> h.put("X-Forwarded-For", "1.2.3.4, <script>, " + rnd(r, 100, "0123456789."));
                case 9 -> h.put("Accept-Charset", pick(r, "ebcdic", "utf-32", "x"));
                case 10 -> h.put("X-Reason", rnd(r, 2000, "why not "));
                case 11 -> h.put("Range", "bytes=0-1,5-3");
                case 12 -> h.put("Cookie", "session=" + rnd(r, 1000, "ab"));
                default -> h.put("X-Http-Method-Override", pick(r, "DELETE", "PUT", "PATCH"));
            }
        }
    }

    static void badToken(Map<String, String> h, Random r) {
        long now = System.currentTimeMillis() / 1000;
        String issuer = Tokens.issuer();
        PrivateKey key = Tokens.key();
        String good = Tokens.token("iom-admin");
        String[] parts = good.split("\\.");
        String v = switch (r.nextInt(16)) {
            case 0 -> null;
            case 1 -> "Bearer";
            case 2 -> "Bearer ";
            case 3 -> "Bearer " + rnd(r, 40, "abcdef0123456789");
            case 4 -> "Basic dXNlcjpwYXNz";
            case 5 -> "Bearer " + b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
            case 6 -> "Bearer " + jwt(claims(issuer, now - 7200, now - 3600, "[\"iom-admin\"]", null), key);
            case 7 -> "Bearer " + jwt(claims("https://evil.example/", now, now + 600, "[\"iom-admin\"]", null), key);
            case 8 -> "Bearer " + jwt(claims(issuer, now, now + 600, "[\"iom-admin\"]", null), Tokens.foreignKey());
            case 9 -> "Bearer " + parts[0] + "." + b64(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8).replace("iom-admin", "iom-auditor")) + "." + parts[2];
            case 10 -> "Bearer " + jwt(claims(issuer, now, now + 600, "\"iom-admin\"", null), key);
            case 11 -> "Bearer " + jwt(claims(issuer, now, now + 600, "[\"iom-practitioner\"]",
                    pick(r, "\"REL-NONE\"", "42", "{\"a\":1}", "[1,2,{}]", "[null]", "[\"" + rnd(r, 5000, "X") + "\"]")),
                    key);
            case 12 -> "Bearer " + jwt(claims(issuer, now, now + 600, "[\"iom-superuser\", 7]", null), key);
            case 13 -> "Bearer " + jwt(claims(issuer, now, now + 600, "[\"iom-admin\"]", null)
                    .replace(",\"sub\":\"fuzz\"", "").replace(",\"upn\":\"fuzz\"", ""), key);
            case 14 -> "Bearer " + hs256WithPublicKeyLookalike(parts);
            default -> "Bearer " + good.substring(0, good.length() - 5) + "AAAAA";
        };
        if (v == null) {
            h.remove("Authorization");
        } else {
            h.put("Authorization", v);
        }
    }

    static String hs256WithPublicKeyLookalike(String[] parts) {
        String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("public-key-bytes".getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            byte[] sig = mac.doFinal((header + "." + parts[1]).getBytes(StandardCharsets.UTF_8));
            return header + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
