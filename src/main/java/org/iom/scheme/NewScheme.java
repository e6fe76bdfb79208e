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
@Schema(name = "NewScheme")
public record NewScheme(
        @NotNull @Size(max = 20) @Pattern(regexp = CODE_PATTERN, message = "must be upper-case letters and digits in up to four hyphen-separated parts, e.g. WMP-BHAM")
        String code,
        @NotBlank @Size(max = 200)
        String name,
        @NotNull @Size(max = 40)
        String policeForceId,
        @NotNull @Pattern(regexp = "^N[0-9]{2}$", message = "must be a probation region code like N52")
        String probationRegionCode,
        @Schema(nullable = true)
        LocalDate launchedOn,
        @Schema(nullable = true)
        SchemeStatus status,
        @NotNull
        SchemeSetting setting,
        @NotNull @Size(min = 1, max = 3)
        List<@NotNull Cohort> cohorts,
        @NotNull
        Boolean coLocated,
        @NotNull
        Boolean sharedCaseSystem,
        @Schema(nullable = true)
        @Valid
        Contact contact) {

    public static final String CODE_PATTERN = "^[A-Z0-9]{1,10}(-[A-Z0-9]{1,10}){0,3}$";
}
