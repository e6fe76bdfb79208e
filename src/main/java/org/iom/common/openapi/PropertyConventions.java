package org.iom.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Which properties are required, which may be null and which objects are closed, decided once for the whole contract
 * from what the Java types say (ADR 0029), so that no record needs a per-field annotation for it:
 * <ul>
 *   <li><b>Answers</b> (objects reachable from a response): Jackson writes every record component, null or not, so
 *       <em>every property is required</em>. A property may be null only when its component is marked
 *       {@code @Schema(nullable = true)}. A type that omits its null members ({@code @JsonInclude(NON_NULL)}, e.g.
 *       {@code Problem}) says so with the extension {@value #NULLS_OMITTED}: its properties are required only where
 *       declared, and never null.</li>
 *   <li><b>Requests</b> (objects reachable from a request body): required where declared ({@code @Schema(required =
 *       true)}); null only where marked nullable (for a merge patch: where null clears the field); and closed,
 *       {@code additionalProperties: false}, because the service refuses unknown properties (400).</li>
 *   <li>An object used both ways whose rules differ (a property optional in a request but always answered) is split:
 *       requests get a copy named {@code New<Name>}.</li>
 *   <li>A {@code oneOf} schema is its members: properties smallrye adds beside the {@code oneOf} are dropped.</li>
 * </ul>
 */
final class PropertyConventions {

    /** Class-level extension of an answer type that omits its null members instead of writing them. */
    static final String NULLS_OMITTED = "x-nulls-omitted";
    private static final String PREFIX = "#/components/schemas/";

    private final Map<String, Schema> schemas;

    private PropertyConventions(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        new PropertyConventions(openAPI.getComponents().getSchemas()).run(openAPI);
    }

    private void run(OpenAPI openAPI) {
        schemas.values().forEach(PropertyConventions::oneOfIsItsMembers);
        ContractWalk walk = new ContractWalk(openAPI, schemas);
        Set<String> inputs = walk.reachableFromRequests();
        Set<String> outputs = walk.reachableFromResponses();
        Set<String> inputOnly = new LinkedHashSet<>(inputs);
        inputOnly.removeAll(outputs);
        for (String name : new ArrayList<>(inputs)) {
            if (outputs.contains(name) && !sameRules(schemas.get(name))) {
                String twin = "New" + name;
                if (schemas.containsKey(twin)) {
                    throw new IllegalStateException("Cannot split " + name + " into request and answer: " + twin
                            + " exists already");
                }
                openAPI.getComponents().addSchema(twin, ContractWalk.copy(schemas.get(name)));
                inputOnly.add(twin);
                walk.retargetRequests(PREFIX + name, PREFIX + twin, inputOnly);
                inputs.remove(name);
                inputs.add(twin);
            }
        }
        for (String name : outputs) {
            if (!inputs.contains(name)) {
                answer(schemas.get(name));
            }
        }
        inputs.forEach(name -> request(schemas.get(name)));
        walk.inlineRequestSchemas().forEach(this::request);
        walk.inlineResponseSchemas().forEach(this::answer);
    }

    /** True when the object's required properties would be the same as a request and as an answer. */
    private static boolean sameRules(Schema schema) {
        if (schema == null || schema.getProperties() == null || omitsNulls(schema)) {
            return true;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        return required.containsAll(schema.getProperties().keySet());
    }

    private void answer(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (schema.getProperties() != null) {
            boolean omits = omitsNulls(schema);
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, p) -> properties.put(name, omits ? notNull(p) : Nulls.normalise(p)));
            schema.setProperties(properties);
            if (!omits) {
                schema.setRequired(new ArrayList<>(properties.keySet()));
            }
            properties.values().forEach(this::answer);
        }
        nested(schema).forEach(this::answer);
    }

    private void request(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, p) -> properties.put(name, Nulls.normalise(p)));
            schema.setProperties(properties);
            if (schema.getAdditionalPropertiesSchema() == null && schema.getAdditionalPropertiesBoolean() == null) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            }
            properties.values().forEach(this::request);
        }
        nested(schema).forEach(this::request);
    }

    private static Schema notNull(Schema property) {
        Schema p = Nulls.normalise(property);
        return Nulls.isNullable(p) ? Nulls.withoutNull(p) : p;
    }

    private static boolean omitsNulls(Schema schema) {
        return schema.getExtensions() != null && Boolean.TRUE.equals(asBoolean(schema.getExtensions().get(NULLS_OMITTED)));
    }

    private static Boolean asBoolean(Object value) {
        return value instanceof Boolean b ? b : value == null ? null : Boolean.valueOf(value.toString());
    }

    /** The schemas directly inside this one that can hold properties of their own. */
    private static List<Schema> nested(Schema schema) {
        List<Schema> list = new ArrayList<>();
        if (schema.getItems() != null) {
            list.add(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            list.add(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> group : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()),
                nonNull(schema.getOneOf()))) {
            list.addAll(group);
        }
        return list;
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    /** smallrye writes the class's properties beside {@code oneOf}; the members are the whole truth. */
    private static void oneOfIsItsMembers(Schema schema) {
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty() && schema.getProperties() != null) {
            schema.setProperties(null);
            schema.setRequired(null);
            schema.setType(null);
        }
    }

    /** Names of the component schemas a set of schemas refers to, transitively. */
    static Set<String> referenced(Iterable<Schema> roots, Map<String, Schema> schemas) {
        Set<String> found = new LinkedHashSet<>();
        List<Schema> todo = new ArrayList<>();
        roots.forEach(todo::add);
        while (!todo.isEmpty()) {
            Schema s = todo.remove(todo.size() - 1);
            if (s == null) {
                continue;
            }
            if (s.getRef() != null && s.getRef().startsWith(PREFIX)) {
                String name = s.getRef().substring(PREFIX.length());
                if (found.add(name) && schemas.get(name) != null) {
                    todo.add(schemas.get(name));
                }
                continue;
            }
            if (s.getProperties() != null) {
                todo.addAll(s.getProperties().values());
            }
            todo.addAll(nested(s));
            if (s.getNot() != null) {
                todo.add(s.getNot());
            }
        }
        return found;
    }

    /** Null in a property's schema: how smallrye writes it, how the contract writes it. */
    static final class Nulls {

        private Nulls() {}

        static boolean isNullType(Schema s) {
            return s != null && s.getRef() == null && s.getType() != null && s.getType().equals(List.of(SchemaType.NULL));
        }

        static boolean isNullable(Schema p) {
            return (p.getType() != null && p.getType().contains(SchemaType.NULL))
                    || (p.getAnyOf() != null && p.getAnyOf().stream().anyMatch(Nulls::isNullType))
                    || (p.getOneOf() != null && p.getOneOf().stream().anyMatch(Nulls::isNullType));
        }

        /**
         * smallrye writes {@code @Schema(nullable = true)} on a reference as {@code anyOf: [$ref, {type: null}]} with a
         * redundant sibling {@code type}, and a reference with an example gets one too; the sibling goes. Enums that may be null list null among their values.
         */
        static Schema normalise(Schema p) {
            if (p.getRef() != null || p.getAnyOf() != null && p.getAnyOf().stream().anyMatch(Nulls::isNullType)) {
                p.setType(null); // smallrye's redundant sibling of a $ref (the referenced schema has the type)
            }
            if (p.getType() != null && p.getType().contains(SchemaType.NULL) && p.getEnumeration() != null
                    && !p.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(p.getEnumeration());
                values.add(null);
                p.setEnumeration(values);
            }
            return p;
        }

        /** The property without its null alternative. */
        static Schema withoutNull(Schema p) {
            if (p.getAnyOf() != null && p.getAnyOf().stream().anyMatch(Nulls::isNullType)) {
                List<Schema> rest = p.getAnyOf().stream().filter(s -> !isNullType(s)).toList();
                if (rest.size() == 1 && rest.get(0).getRef() != null) {
                    Schema ref = OASFactory.createSchema().ref(rest.get(0).getRef());
                    if (p.getDescription() != null) {
                        ref.setDescription(p.getDescription());
                    }
                    return ref;
                }
                p.setAnyOf(new ArrayList<>(rest));
                return p;
            }
            if (p.getType() != null) {
                List<SchemaType> types = new ArrayList<>(p.getType());
                types.remove(SchemaType.NULL);
                p.setType(types);
            }
            if (p.getEnumeration() != null && p.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(p.getEnumeration());
                values.remove(null);
                p.setEnumeration(values);
            }
            return p;
        }
    }
}
