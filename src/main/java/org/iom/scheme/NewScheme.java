package org.iom.scheme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /v1/schemes}; also the shape a PATCH is merged into and validated as. */
@Schema(name = "NewScheme", description = "A scheme to create")
public record NewScheme(
        @Schema(description = "Unique short code: upper-case letters and digits in up to four hyphen-separated parts; "
                + "it is what practitioner tokens name in their `schemes` claim, so it cannot be changed later",
                example = "WMP-BHAM", maxLength = 20, pattern = CODE_PATTERN, required = true)
        @NotNull @Size(max = 20) @Pattern(regexp = CODE_PATTERN, message = "must be upper-case letters and digits in up to four hyphen-separated parts, e.g. WMP-BHAM")
        String code,
        @Schema(description = "Name", example = "Birmingham Integrated Offender Management", maxLength = 200, required = true)
        @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "Police force id (see /v1/police-forces)", example = "west-midlands", maxLength = 40, required = true)
        @NotNull @Size(max = 40)
        String policeForceId,
        @Schema(description = "Probation region code (see /v1/probation-regions)", example = "N52", maxLength = 3,
                pattern = "^N[0-9]{2}$", required = true)
        @NotNull @Pattern(regexp = "^N[0-9]{2}$", message = "must be a probation region code like N52")
        String probationRegionCode,
        @Schema(description = "When the scheme started taking cases; no case may be selected before it", example = "2021-04-01", nullable = true)
        LocalDate launchedOn,
        @Schema(description = "Defaults to ACTIVE", nullable = true)
        SchemeStatus status,
        @Schema(required = true)
        @NotNull
        SchemeSetting setting,
        @Schema(description = "The cohorts the scheme runs, each at most once", minItems = 1, maxItems = 3, required = true,
                example = "[\"FIXED\", \"FLEX\"]")
        @NotNull @Size(min = 1, max = 3)
        List<@NotNull Cohort> cohorts,
        @Schema(description = "Whether police and probation staff work from the same place", example = "true", required = true)
        @NotNull
        Boolean coLocated,
        @Schema(description = "Whether police and probation share one case management system", example = "false", required = true)
        @NotNull
        Boolean sharedCaseSystem,
        @Schema(nullable = true)
        @Valid
        Contact contact) {

    public static final String CODE_PATTERN = "^[A-Z0-9]{1,10}(-[A-Z0-9]{1,10}){0,3}$";
}
