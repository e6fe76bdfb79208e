package org.iom.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is a stable URI for the kind of problem.")
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
        List<@jakarta.validation.constraints.Size(max = 40) String> allowed) {

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "The request field, query or header parameter at fault", example = "crn", maxLength = 200,
                    required = true)
            String field,
            @Schema(description = "What is wrong with it", example = "must be one letter followed by six digits", maxLength = 1000,
                    required = true)
            String message) {}

    public static final String MEDIA_TYPE = "application/problem+json";
}
