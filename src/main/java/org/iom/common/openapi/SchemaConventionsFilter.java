package org.iom.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Schema conventions applied to the whole contract, so resource authors need not repeat them:
 * <ol>
 *   <li><b>Required, nullable, closed</b> ({@link PropertyConventions}, ADR 0029): every property of an answer is
 *       required (Jackson writes every record component) and null only where the component is marked
 *       {@code @Schema(nullable = true)}; request objects are closed ({@code additionalProperties: false}), with
 *       required and nullable properties only where declared (for a merge patch: nullable where null clears).</li>
 *   <li><b>Plain types are inline.</b> smallrye models {@code LocalDate}, {@code Instant}, {@code UUID}... as
 *       components ({@code $ref: LocalDate}); each use is replaced by the plain schema ({@code type: string,
 *       format: date}) and those components are dropped, without smallrye's placeholder examples (a date's
 *       example, where it helps, is in the overlay, ADR 0047). Enums stay named components (clients get one
 *       type).</li>
 *   <li><b>Well-known formats carry their length</b>: {@code date} 10, {@code date-time} 35, {@code uuid} 36
 *       characters, and so do the standard response headers {@code Link} and {@code Location} (2000) and
 *       {@code ETag} (200), so every string in the contract is bounded (the OWASP lint requires it).</li>
 *   <li><b>Defaults have the parameter's type</b>: JAX-RS {@code @DefaultValue("20")} on an integer becomes
 *       {@code default: 20}, not {@code "20"}.</li>
 * </ol>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SchemaConventionsFilter implements OASFilter {

    private static final Set<SchemaType> SIMPLE = Set.of(SchemaType.STRING, SchemaType.INTEGER, SchemaType.NUMBER,
            SchemaType.BOOLEAN);
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("date", 10, "date-time", 35, "uuid", 36);
    private static final Map<String, Integer> HEADER_LENGTHS = Map.of("link", 2000, "location", 2000, "etag", 200);
    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components == null || components.getSchemas() == null
                ? Map.of() : components.getSchemas();
        UnaryOperator<Schema> inline = s -> walk(s, schemas);
        // 2 and 3: inline plain types everywhere a schema can stand, and bound well-known formats.
        schemas.forEach((name, schema) -> walkChildren(schema, schemas));
        if (components != null) {
            inlineComponents(components, inline);
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                parameters(item.getParameters(), inline);
                item.getOperations().values().forEach(op -> inlineOperation(op, inline));
            });
        }
        if (components != null && components.getSchemas() != null) {
            new ArrayList<>(schemas.keySet()).stream().filter(name -> isSimple(schemas.get(name)))
                    .forEach(components::removeSchema);
        }
        // 1: required, nullable and closed by the Java types (PropertyConventions).
        PropertyConventions.apply(openAPI);
    }

    private static void inlineComponents(Components components, UnaryOperator<Schema> inline) {
        if (components.getParameters() != null) {
            parameters(components.getParameters().values(), inline);
        }
        headers(components.getHeaders(), inline);
        if (components.getRequestBodies() != null) {
            components.getRequestBodies().values().forEach(b -> content(b.getContent(), inline));
        }
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(r -> {
                content(r.getContent(), inline);
                headers(r.getHeaders(), inline);
            });
        }
    }

    private static void inlineOperation(Operation op, UnaryOperator<Schema> inline) {
        parameters(op.getParameters(), inline);
        if (op.getRequestBody() != null) {
            content(op.getRequestBody().getContent(), inline);
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> {
                content(r.getContent(), inline);
                headers(r.getHeaders(), inline);
                boundHeaders(r.getHeaders());
            });
        }
    }

    private static void parameters(Collection<Parameter> parameters, UnaryOperator<Schema> inline) {
        if (parameters != null) {
            parameters.forEach(p -> p.setSchema(inline.apply(p.getSchema())));
        }
    }

    private static void headers(Map<String, Header> headers, UnaryOperator<Schema> inline) {
        if (headers != null) {
            headers.values().forEach(h -> h.setSchema(inline.apply(h.getSchema())));
        }
    }

    private static void content(Content content, UnaryOperator<Schema> inline) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(mt -> mt.setSchema(inline.apply(mt.getSchema())));
        }
    }

    /** The schema with plain-type references inlined and formats bounded, recursively. */
    private Schema walk(Schema schema, Map<String, Schema> schemas) {
        if (schema == null) {
            return null;
        }
        Schema result = schema;
        if (schema.getRef() != null) {
            Schema target = target(schema.getRef(), schemas);
            if (target != null && isSimple(target)) {
                result = copyOf(target);
                result.setExamples(null);   // smallrye's placeholder (2022-03-10): an example is the overlay's to give
                for (Map.Entry<String, ?> e : schema.getAll().entrySet()) {
                    if (!e.getKey().equals("$ref") && !e.getKey().equals("type") && e.getValue() != null) {
                        result.set(e.getKey(), e.getValue());
                    }
                }
            }
        }
        walkChildren(result, schemas);
        return result;
    }

    private void walkChildren(Schema schema, Map<String, Schema> schemas) {
        typedDefault(schema);
        if (schema.getRef() == null && schema.getType() != null && schema.getType().contains(SchemaType.STRING)
                && schema.getFormat() != null && schema.getMaxLength() == null
                && FORMAT_LENGTHS.containsKey(schema.getFormat())) {
            schema.setMaxLength(FORMAT_LENGTHS.get(schema.getFormat()));
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((k, v) -> properties.put(k, walk(v, schemas)));
            schema.setProperties(properties);
        }
        schema.setItems(walk(schema.getItems(), schemas));
        schema.setAdditionalPropertiesSchema(walk(schema.getAdditionalPropertiesSchema(), schemas));
        schema.setNot(walk(schema.getNot(), schemas));
        if (schema.getAllOf() != null) {
            schema.setAllOf(schema.getAllOf().stream().map(s -> walk(s, schemas)).toList());
        }
        if (schema.getAnyOf() != null) {
            schema.setAnyOf(schema.getAnyOf().stream().map(s -> walk(s, schemas)).toList());
        }
        if (schema.getOneOf() != null) {
            schema.setOneOf(schema.getOneOf().stream().map(s -> walk(s, schemas)).toList());
        }
    }

    /** {@code @DefaultValue("20")} is a string to JAX-RS; an integer parameter's default must be the number 20. */
    private static void typedDefault(Schema schema) {
        if (!(schema.getDefaultValue() instanceof String text) || schema.getType() == null) {
            return;
        }
        try {
            if (schema.getType().contains(SchemaType.INTEGER)) {
                schema.setDefaultValue(Long.valueOf(text.trim()));
            } else if (schema.getType().contains(SchemaType.NUMBER)) {
                schema.setDefaultValue(new BigDecimal(text.trim()));
            } else if (schema.getType().contains(SchemaType.BOOLEAN) && text.matches("true|false")) {
                schema.setDefaultValue(Boolean.valueOf(text));
            }
        } catch (NumberFormatException e) {
            // left as it is: the lint reports an invalid default
        }
    }

    /** Bounds for the standard response headers the service sends as free strings. */
    private static void boundHeaders(Map<String, Header> headers) {
        if (headers == null) {
            return;
        }
        headers.forEach((name, header) -> {
            Schema schema = header.getSchema();
            Integer bound = HEADER_LENGTHS.get(name.toLowerCase(Locale.ROOT));
            if (bound != null && schema != null && schema.getRef() == null && schema.getMaxLength() == null
                    && schema.getType() != null && schema.getType().contains(SchemaType.STRING)) {
                schema.setMaxLength(bound);
            }
        });
    }

    private static boolean isSimple(Schema s) {
        return s != null && s.getRef() == null && s.getType() != null && !s.getType().isEmpty()
                && SIMPLE.containsAll(s.getType()) && s.getProperties() == null && s.getEnumeration() == null;
    }

    private static Schema target(String ref, Map<String, Schema> schemas) {
        return ref.startsWith(COMPONENT_PREFIX) ? schemas.get(ref.substring(COMPONENT_PREFIX.length())) : null;
    }

    private static Schema copyOf(Schema s) {
        Map<String, Object> values = new LinkedHashMap<>();
        s.getAll().forEach((k, v) -> values.put(k, v instanceof List<?> list ? new ArrayList<>(list) : v));
        Schema copy = OASFactory.createSchema();
        copy.setAll(values);
        return copy;
    }
}
