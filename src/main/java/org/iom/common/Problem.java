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
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is a stable URI for the kind of problem."
        + " Members that do not apply are absent (never null).",
        extensions = @Extension(name = "x-nulls-omitted", value = "true", parseValue = true))
public record Problem(
        @Schema(description = "Stable URI identifying the problem kind", example = "https://iom.service.justice.gov.uk/problems/validation", maxLength = 200,
                required = true)
        String type,
        @Schema(description = "Short summary of the problem kind", example = "Invalid request", maxLength = 200, required = true)
        String title,
        @Schema(description = "HTTP status code", example = "400", minimum = "100", maximum = "599", required = true)
        int status,
        @Schema(description = "What went wrong in this occurrence", example = "crn: must be one letter followed by six digits", maxLength = 4000)
        String detail,
        @Schema(description = "The request path", example = "/v1/cases", maxLength = 2000)
        String instance,
        @Schema(description = "Field errors, for validation problems", maxItems = 500)
        List<FieldError> errors,
        @Schema(description = "For a conflict with an existing resource: its id", maxLength = 100)
        String conflictingId,
        @Schema(description = "For an illegal state change: the allowed target states", maxItems = 20)
        List<@Size(max = 40) String> allowed) {

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "The request field, query or header parameter at fault", example = "crn", maxLength = 200,
                    required = true)
            String field,
            @Schema(description = "What is wrong with it", example = "must be one letter followed by six digits", maxLength = 1000,
                    required = true)
            String message) {

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
