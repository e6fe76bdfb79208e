package org.iom.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FuzzerTest {
    static final String DOC = """
            {"openapi": "3.1.0",
             "paths": {
               "/v1/cases": {
                 "post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewCase"}}}}},
                 "get": {"parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}]}
               },
               "/v1/cases/{caseId}": {
                 "parameters": [{"name": "caseId", "in": "path", "schema": {"type": "string", "format": "uuid"}}],
                 "get": {},
                 "patch": {"requestBody": {"content": {"application/merge-patch+json": {"schema": {"type": "object",
                   "properties": {"policeLead": {"type": "string"}}}}}}}
               }
             },
             "components": {"schemas": {
               "Base": {"type": "object", "properties": {"schemeId": {"type": "string", "format": "uuid"}}},
               "NewCase": {"allOf": [{"$ref": "#/components/schemas/Base"},
                 {"properties": {"crn": {"type": "string", "example": "A123456"},
                  "cohort": {"enum": ["FIXED", "FLEX", "FREE"]},
                  "selectedOn": {"type": ["string", "null"], "format": "date"},
                  "predictorScore": {"type": "integer"}}}]}
             }}}
            """;

    static Fuzzer fuzzer;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void setUp() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        Tokens.configure("https://issuer.test/", g.generateKeyPair().getPrivate());
        Map<String, String> known = new LinkedHashMap<>();
        known.put("schemeId", "11111111-1111-1111-1111-111111111111");
        known.put("caseId", "22222222-2222-2222-2222-222222222222");
        fuzzer = new Fuzzer((Map<String, Object>) Json.parse(DOC), known, "REL-T");
    }

    @Test
    void everyOperationOfTheDocumentInPathOrderWithItsPathParameters() {
        assertEquals(List.of("GET /v1/cases", "POST /v1/cases", "GET /v1/cases/{caseId}", "PATCH /v1/cases/{caseId}"),
                fuzzer.ops.stream().map(o -> o.method() + " " + o.path()).toList());
        assertEquals(1, ((List<?>) fuzzer.ops.get(2).op().get("parameters")).size(), "path-level parameters merged");
    }

    @Test
    void aSeedReplaysTheSameRequests() {
        for (int i = 0; i < 200; i++) {
            assertEquals(masked(fuzzer.generate(509140680L, i)), masked(fuzzer.generate(509140680L, i)), "request " + i);
        }
    }

    @Test
    void requestIExercisesOperationIModuloTheOperationsInEveryCategory() {
        Set<String> categories = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            FuzzReq r = fuzzer.generate(1, i);
            Op op = fuzzer.ops.get(i % fuzzer.ops.size());
            assertEquals(op.method() + " " + op.path(), r.op());
            assertEquals(i, r.index());
            categories.add(r.category());
            if (r.category().equals("raw-http")) {
                assertNotNull(r.raw());
                assertNull(r.method());
            } else if (!r.category().equals("bad-path-params") && r.path().startsWith("/v1/cases/")) {
                assertTrue(r.path().startsWith("/v1/cases/22222222-2222-2222-2222-222222222222"), r.path());
            }
            if ("GET".equals(r.method()) || "HEAD".equals(r.method())) {
                assertNull(r.body(), "no body on a " + r.method());
            }
        }
        assertEquals(Set.of(Fuzzer.CATEGORIES), categories);
    }

    @Test
    void validBodiesFollowTheSchemaWithRefsAllOfExamplesEnumsAndKnownIds() {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) Json.parse(fuzzer.sampler.validBody(fuzzer.ops.get(1),
                new Random(3)));
        assertEquals("11111111-1111-1111-1111-111111111111", body.get("schemeId"));
        assertEquals("A123456", body.get("crn"));
        assertTrue(List.of("FIXED", "FLEX", "FREE").contains(body.get("cohort")));
        assertEquals(Bodies.TODAY.minusDays(10).toString(), body.get("selectedOn"));
        assertEquals(1L, body.get("predictorScore"));
        assertEquals("application/merge-patch+json", fuzzer.sampler.bodyType(fuzzer.ops.get(3)));
        assertEquals("string", SchemaSampler.typeOf(Map.of("type", List.of("null", "string"))));
        assertEquals("object", SchemaSampler.typeOf(Map.of("properties", Map.of())));
    }

    @Test
    void theMutationsDrawOnlyFromTheirRandom() {
        for (int i = 0; i < 200; i++) {
            assertArrayEquals(Mutations.brokenJson(new Random(i), "{\"a\":1}"),
                    Mutations.brokenJson(new Random(i), "{\"a\":1}"), "seed " + i);
            Map<String, String> h1 = new LinkedHashMap<>();
            Map<String, String> h2 = new LinkedHashMap<>();
            Mutations.oddHeaders(h1, new Random(i), true);
            Mutations.oddHeaders(h2, new Random(i), true);
            assertEquals(h1.keySet(), h2.keySet(), "seed " + i);
        }
    }

    /** The request as text with its tokens and random UUIDs masked (they differ between two generations). */
    static String masked(FuzzReq r) {
        String body = r.body() == null ? "" : new String(r.body(), StandardCharsets.ISO_8859_1);
        return (r.describe() + "|" + r.headers() + "|" + body + "|" + r.raw())
                .replaceAll("eyJ[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*)*", "TOKEN")
                .replaceAll("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID");
    }
}
