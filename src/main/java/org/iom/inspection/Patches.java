package org.iom.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.iom.common.MergePatch;
import org.iom.common.Problem;
import org.iom.common.ProblemException;

/** Merge patches of inspections and recommendations: applied with {@link MergePatch}, then validated like a create. */
@ApplicationScoped
class Patches {

    @Inject ObjectMapper json;
    @Inject Validator validator;

    /** The editable fields after the patch; a 400 naming each field when the result is not valid. */
    <T> T apply(T current, JsonNode patch, Set<String> immutable) {
        T merged = MergePatch.apply(json, current, patch, immutable);
        List<Problem.FieldError> errors = Problem.FieldError.of(validator.validate(merged));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return merged;
    }
}
