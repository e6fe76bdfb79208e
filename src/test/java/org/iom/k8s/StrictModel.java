package org.iom.k8s;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Strict parsing of Kubernetes objects with the fabric8 model. fabric8 itself is lenient: a field it does not know
 * lands in {@code additionalProperties}. Here every object of the parsed graph is visited and any such field is an
 * error, reported with its path ({@code spec.template.spec.containers[0] unknown [bogusField]}). Scalars are not
 * coerced either ({@code replicas: "2"} is an error, as the API server would say).
 */
final class StrictModel {

    /** The kinds k8s/ may contain besides CloudNativePG's, by apiVersion/kind. Anything else is an error. */
    static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ServiceAccount", ServiceAccount.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    private static final ObjectMapper MAPPER = strictMapper();

    private StrictModel() {}

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean,
                LogicalType.Float)) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean, CoercionInputShape.String)) {
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        return mapper;
    }

    static String key(Map<String, Object> doc) {
        return RenderedManifests.apiVersion(doc) + "/" + RenderedManifests.kind(doc);
    }

    /** Parses one object into its model class; fails on an unknown kind, a wrong type or any unknown field. */
    static HasMetadata parse(Map<String, Object> doc) {
        Class<? extends HasMetadata> type = KINDS.get(key(doc));
        if (type == null) {
            throw new AssertionError("Unexpected kind " + key(doc) + " (" + RenderedManifests.name(doc)
                    + "); known: " + KINDS.keySet());
        }
        String expected = apiVersionOf(type);
        if (!expected.equals(RenderedManifests.apiVersion(doc))) {
            throw new AssertionError(type.getSimpleName() + " needs apiVersion " + expected);
        }
        HasMetadata model;
        try {
            model = MAPPER.convertValue(doc, type);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(key(doc) + " " + RenderedManifests.name(doc) + " does not match the schema: "
                    + e.getMessage(), e);
        }
        List<String> unknown = unknownFields(model);
        if (!unknown.isEmpty()) {
            throw new AssertionError(key(doc) + " " + RenderedManifests.name(doc) + " has fields Kubernetes does not"
                    + " know: " + unknown);
        }
        return model;
    }

    static <T extends HasMetadata> T parse(Map<String, Object> doc, Class<T> type) {
        return type.cast(parse(doc));
    }

    static String apiVersionOf(Class<?> type) {
        String group = type.getAnnotation(Group.class).value();
        String version = type.getAnnotation(Version.class).value();
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** Every non-empty additionalProperties in the object graph, as "path unknown [names]". */
    static List<String> unknownFields(Object model) {
        List<String> out = new ArrayList<>();
        walk(model, "$", out);
        return out;
    }

    private static void walk(Object value, String path, List<String> out) {
        if (value == null || value instanceof Quantity || value instanceof IntOrString) {
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                walk(item, path + "[" + i++ + "]", out);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, out));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        JavaType type = MAPPER.constructType(value.getClass());
        BeanDescription description = MAPPER.getSerializationConfig().introspect(type);
        AnnotatedMember anyGetter = description.findAnyGetter();
        if (anyGetter != null) {
            Object extra = anyGetter.getValue(value);
            if (extra instanceof Map<?, ?> m && !m.isEmpty()) {
                out.add(path + " unknown " + m.keySet());
            }
        }
        for (BeanPropertyDefinition property : description.findProperties()) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor != null && !accessor.equals(anyGetter)) {
                walk(accessor.getValue(value), path + "." + property.getName(), out);
            }
        }
    }
}
