package org.iom.security;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The operations of the served OpenAPI document, and a way to call each with a chosen Authorization header. */
record OpenApiOperations(List<Op> all) {

    record Op(String method, String path, String operationId, List<String> documentedRoles, String bodyMediaType) {

        /** Calls the operation with placeholder path parameters and a minimal body. */
        io.restassured.response.Response call(String authorization) {
            RequestSpecification spec = given().redirects().follow(false);
            if (authorization != null) {
                spec.header("Authorization", authorization);
            }
            if (bodyMediaType != null) {
                // As bytes: rest-assured has no encoder for media types such as application/x-ndjson.
                spec.contentType(bodyMediaType).body((bodyMediaType.contains("json") ? "{}" : "")
                        .getBytes(StandardCharsets.UTF_8));
            }
            String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            return spec.request(method, concrete);
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + operationId + ")";
        }
    }

    @SuppressWarnings("unchecked")
    static OpenApiOperations served() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<Op> ops = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, raw) -> {
            if (!(raw instanceof Map) || !List.of("get", "post", "put", "patch", "delete").contains(method)) {
                return;
            }
            Map<String, Object> op = (Map<String, Object>) raw;
            List<String> roles = new ArrayList<>();
            Object security = op.get("security");
            if (security instanceof List<?> requirements) {
                for (Object req : requirements) {
                    ((Map<String, List<String>>) req).values().forEach(roles::addAll);
                }
            }
            String media = null;
            if (op.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content) {
                media = content.keySet().stream().map(String::valueOf).sorted((a, b) -> a.contains("json") ? -1 : 1)
                        .findFirst().orElse(null);
            }
            ops.add(new Op(method.toUpperCase(), path, (String) op.get("operationId"), roles, media));
        }));
        return new OpenApiOperations(ops);
    }

    List<Op> protectedOps() {
        return all.stream().filter(o -> o.path.startsWith("/v1")).toList();
    }
}
