package org.iom.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON merge patch (RFC 7396) onto the editable fields of a resource: fields absent from the patch stay as they are,
 * {@code null} clears a field, a nested object is merged member by member. Fields that may never change are rejected
 * with a 400 naming each of them; unknown fields too. The result is read back into the editable record, so type
 * errors name the field, and the caller then validates the record exactly as on create.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {}

    /**
     * @param current   the editable fields as they are now (a record serialised with nulls)
     * @param patch     the client's patch document
     * @param immutable fields of the resource that exist but cannot be changed (named in the 400)
     */
    @SuppressWarnings("unchecked")
    public static <T> T apply(ObjectMapper json, T current, JsonNode patch, Set<String> immutable) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED, "The patch must be a JSON object (RFC 7396 merge patch).");
        }
        ObjectNode target = json.valueToTree(current);
        List<Problem.FieldError> errors = new ArrayList<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (immutable.contains(name)) {
                errors.add(new Problem.FieldError(name, "cannot be changed"));
            } else if (!target.has(name)) {
                errors.add(new Problem.FieldError(name, "unknown property '" + name + "' is not allowed"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        merge(target, (ObjectNode) patch);
        try {
            return (T) json.treeToValue(target, current.getClass());
        } catch (JsonProcessingException e) {
            throw asProblem(e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode value = f.getValue();
            JsonNode existing = target.get(f.getKey());
            if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value);
                // Per RFC 7396, a nested member set to null is removed: for a record it reads back as null.
            } else if (value.isObject()) {
                ObjectNode fresh = target.objectNode();
                merge(fresh, (ObjectNode) value);
                target.set(f.getKey(), fresh);
            } else {
                target.set(f.getKey(), value.isNull() ? NullNode.getInstance() : value);
            }
        }
    }

    /** A Jackson error in the merged document as a 400 naming the field. */
    static ProblemException asProblem(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) {
            return new ProblemException(ProblemType.MALFORMED, "The patch could not be read as JSON.");
        }
        String field = JsonFields.path(m);
        if (field.isEmpty()) {
            field = "body";
        }
        if (m instanceof UnrecognizedPropertyException u) {
            return ProblemException.invalid(field, "unknown property '" + u.getPropertyName() + "' is not allowed");
        }
        if (m instanceof InvalidFormatException f) {
            return ProblemException.invalid(field, "invalid value '" + f.getValue() + "': expected " + JsonFields.expected(f.getTargetType()));
        }
        if (m instanceof MismatchedInputException mi) {
            return ProblemException.invalid(field, "wrong type: expected " + JsonFields.expected(mi.getTargetType()));
        }
        Throwable cause = m.getCause();
        if (cause instanceof ProblemException p) {
            return p;
        }
        return ProblemException.invalid(field, cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage() : "invalid value");
    }
}
