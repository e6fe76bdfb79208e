package org.iom.common.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The schemas of a contract's request bodies and answers, and the component schemas each side reaches. */
final class ContractWalk {

    private final OpenAPI openAPI;
    private final Map<String, Schema> schemas;

    ContractWalk(OpenAPI openAPI, Map<String, Schema> schemas) {
        this.openAPI = openAPI;
        this.schemas = schemas;
    }

    /** The schemas of every request body's media types, as written in the operation. */
    List<Schema> requestRoots() {
        List<Schema> roots = new ArrayList<>();
        operations(op -> {
            if (op.getRequestBody() != null) {
                media(op.getRequestBody().getContent(), roots::add);
            }
        });
        return roots;
    }

    /** The schemas of every answer's media types, errors included. */
    List<Schema> responseRoots() {
        List<Schema> roots = new ArrayList<>();
        operations(op -> {
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> media(r.getContent(), roots::add));
            }
        });
        return roots;
    }

    Set<String> reachableFromRequests() {
        return PropertyConventions.referenced(requestRoots(), schemas);
    }

    Set<String> reachableFromResponses() {
        return PropertyConventions.referenced(responseRoots(), schemas);
    }

    /** Request-body schemas written inline (not a reference). */
    List<Schema> inlineRequestSchemas() {
        return requestRoots().stream().filter(s -> s.getRef() == null).toList();
    }

    List<Schema> inlineResponseSchemas() {
        return responseRoots().stream().filter(s -> s.getRef() == null).toList();
    }

    /** Points the request side (request bodies and the request-only components) at {@code to} instead of {@code from}. */
    void retargetRequests(String from, String to, Set<String> requestOnly) {
        requestRoots().forEach(s -> retarget(s, from, to));
        requestOnly.forEach(name -> retarget(schemas.get(name), from, to));
    }

    private static void retarget(Schema s, String from, String to) {
        if (s == null) {
            return;
        }
        if (from.equals(s.getRef())) {
            s.setRef(to);
            return;
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> retarget(p, from, to));
        }
        retarget(s.getItems(), from, to);
        retarget(s.getAdditionalPropertiesSchema(), from, to);
        for (List<Schema> group : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (group != null) {
                group.forEach(g -> retarget(g, from, to));
            }
        }
    }

    private void operations(Consumer<Operation> each) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(each));
    }

    private static void media(Content content, Consumer<Schema> each) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(mt -> {
                if (mt.getSchema() != null) {
                    each.accept(mt.getSchema());
                }
            });
        }
    }

    /** A deep copy of a schema (through its nested schemas, not through references). */
    static Schema copy(Schema s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        s.getAll().forEach((k, v) -> values.put(k, copyValue(v)));
        Schema c = OASFactory.createSchema();
        c.setAll(values);
        return c;
    }

    private static Object copyValue(Object v) {
        if (v instanceof Schema schema) {
            return copy(schema);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(x -> out.add(copyValue(x)));
            return out;
        }
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, x) -> out.put(k, copyValue(x)));
            return out;
        }
        return v;
    }
}
