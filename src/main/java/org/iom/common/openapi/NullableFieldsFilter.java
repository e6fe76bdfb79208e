package org.iom.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Makes the contract say which properties can be {@code null}, in OpenAPI 3.1 terms, by one rule:
 * <b>a property is either required (always present, never null) or nullable</b>.
 *
 * <p>Jackson writes a {@code null} Java field as {@code "x": null} and reads {@code null} or an absent property as
 * a {@code null} field, so every property that is not {@code required} can be null on the wire, in both directions.
 * This filter documents exactly that: each non-required property gets {@code "null"} added to its {@code type}
 * (and to its {@code enum}, if any). A {@code $ref} to a simple schema such as {@code LocalDate} is inlined
 * ({@code type: [string, "null"], format: date}), a {@code $ref} to an object becomes
 * {@code anyOf: [{$ref}, {type: "null"}]}. Properties that are always present must therefore be declared
 * required ({@code @Schema(required = true)}, or implied by {@code @NotNull}/{@code @NotBlank}); clients then get
 * non-null types for them and nullable types for the rest, which is what generated clients need.
 *
 * <p>Do not write {@code @Schema(nullable = true)}: it is implied, and smallrye renders it as a redundant
 * {@code anyOf}; this filter normalises that shape too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableFieldsFilter implements OASFilter {

    private static final Set<SchemaType> SIMPLE = Set.of(SchemaType.STRING, SchemaType.INTEGER, SchemaType.NUMBER,
            SchemaType.BOOLEAN);
    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        for (Schema schema : components.values()) {
            visit(schema, components);
        }
    }

    private void visit(Schema schema, Map<String, Schema> components) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            for (Map.Entry<String, Schema> p : properties.entrySet()) {
                Schema property = p.getValue();
                if (!required.contains(p.getKey())) {
                    property = nullable(property, components);
                    properties.put(p.getKey(), property);
                }
                visit(property, components);
            }
            schema.setProperties(properties);
        }
        visit(schema.getItems(), components);
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(s -> visit(s, components));
            }
        }
    }

    /** The property's schema, widened to allow null. */
    private Schema nullable(Schema property, Map<String, Schema> components) {
        // smallrye's rendering of @Schema(nullable = true) on a $ref: anyOf [$ref, null] plus a sibling type.
        if (property.getRef() == null && property.getAnyOf() != null && property.getAnyOf().size() == 2
                && property.getAnyOf().stream().anyMatch(NullableFieldsFilter::isNullType)) {
            Schema ref = property.getAnyOf().stream().filter(s -> !isNullType(s)).findFirst().orElseThrow();
            if (ref.getRef() != null) {
                Schema copy = copyOf(property);
                copy.setAnyOf(null);
                copy.setType(null);
                copy.setRef(ref.getRef());
                property = copy;
            }
        }
        if (property.getRef() != null) {
            Schema target = target(property.getRef(), components);
            if (target != null && isSimple(target)) {
                Schema inlined = copyOf(target);
                property.getAll().forEach((k, v) -> {
                    if (!k.equals("$ref") && !k.equals("type") && v != null) {
                        inlined.set(k, v);
                    }
                });
                addNull(inlined);
                return inlined;
            }
            Schema wrapper = OASFactory.createSchema();
            if (property.getDescription() != null) {
                wrapper.setDescription(property.getDescription());
            }
            wrapper.addAnyOf(OASFactory.createSchema().ref(property.getRef()));
            wrapper.addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
            return wrapper;
        }
        if (property.getType() != null && !property.getType().isEmpty()) {
            addNull(property);
        } else if (property.getAnyOf() != null && property.getAnyOf().stream().noneMatch(NullableFieldsFilter::isNullType)) {
            property.addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
        } else if (property.getOneOf() != null && property.getOneOf().stream().noneMatch(NullableFieldsFilter::isNullType)) {
            property.addOneOf(OASFactory.createSchema().addType(SchemaType.NULL));
        }
        return property;
    }

    private static void addNull(Schema schema) {
        if (!schema.getType().contains(SchemaType.NULL)) {
            schema.addType(SchemaType.NULL);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
    }

    private static boolean isNullType(Schema s) {
        return s.getRef() == null && s.getType() != null && s.getType().equals(List.of(SchemaType.NULL));
    }

    private static boolean isSimple(Schema s) {
        return s.getType() != null && !s.getType().isEmpty() && SIMPLE.containsAll(s.getType())
                && s.getProperties() == null;
    }

    private static Schema target(String ref, Map<String, Schema> components) {
        return ref.startsWith(COMPONENT_PREFIX) ? components.get(ref.substring(COMPONENT_PREFIX.length())) : null;
    }

    private static Schema copyOf(Schema s) {
        Map<String, Object> values = new LinkedHashMap<>();
        s.getAll().forEach((k, v) -> values.put(k, v instanceof List<?> list ? new ArrayList<>(list) : v));
        Schema copy = OASFactory.createSchema();
        copy.setAll(values);
        return copy;
    }
}
