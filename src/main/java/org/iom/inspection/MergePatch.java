package org.iom.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.iom.common.ProblemException;
import org.iom.common.ProblemType;

/**
 * JSON merge patch (RFC 7396): the patch's members replace the current ones, null removes (clears) one, nested
 * objects merge. The result is read as the editable record (unknown members are a 400 naming them) and validated like
 * a create.
 */
final class MergePatch {

    private MergePatch() {}

    static <T> T apply(ObjectMapper json, Validator validator, Object current, JsonNode patch, Class<T> type)
            throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED, "The request body must be a JSON object (a merge patch).");
        }
        ObjectNode base = json.valueToTree(current);
        merge(base, (ObjectNode) patch);
        T merged = json.treeToValue(base, type);
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode existing = target.get(e.getKey());
            if (e.getValue().isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) e.getValue());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }
}
