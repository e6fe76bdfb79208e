package org.iom.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", extensions = @Extension(name = "x-nulls-omitted", value = "true", parseValue = true))
public record Problem(@Schema(required = true) String type, @Schema(required = true) String title,
        @Schema(required = true) int status, String detail, String instance, List<FieldError> errors,
        String conflictingId, List<@Size(max = 40) String> allowed) {

    @Schema(name = "FieldError")
    public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message) {

        private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.<[^>]+>");

        /**
         * The field errors of a bean's violations, sorted by field then message: the property path as the client
         * wrote it ({@code cohorts[1]}, not {@code cohorts[1].<list element>}).
         */
        public static List<FieldError> of(Set<? extends ConstraintViolation<?>> violations) {
            return violations.stream()
                    .map(v -> new FieldError(CONTAINER_ELEMENT.matcher(v.getPropertyPath().toString()).replaceAll(""),
                            v.getMessage()))
                    .sorted(ORDER)
                    .toList();
        }

        /** How field errors are listed in a problem: by field, then message. */
        public static final Comparator<FieldError> ORDER =
                Comparator.comparing(FieldError::field).thenComparing(FieldError::message);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
}
