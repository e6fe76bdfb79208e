package org.iom.scheme;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of {@code PATCH /v1/schemes/{schemeId}} (RFC 7396 merge patch). The service merges the patch
 * into the scheme and validates the result as a {@link NewScheme}.
 */
@Schema(name = "SchemePatch", description = "JSON merge patch (RFC 7396): only the fields given change; null clears an "
        + "optional field (launchedOn, contact or a part of it). `id` and `code` cannot be changed (400 naming them).")
public record SchemePatch(
        @Schema(example = "Birmingham and Solihull IOM", maxLength = 200) String name,
        @Schema(example = "west-midlands", maxLength = 40) String policeForceId,
        @Schema(example = "N52", maxLength = 3, pattern = "^N[0-9]{2}$") String probationRegionCode,
        @Schema(nullable = true, example = "2021-04-01") LocalDate launchedOn,
        SchemeStatus status,
        SchemeSetting setting,
        @Schema(minItems = 1, maxItems = 3, example = "[\"FIXED\"]") List<Cohort> cohorts,
        @Schema(example = "true") Boolean coLocated,
        @Schema(example = "true") Boolean sharedCaseSystem,
        @Schema(nullable = true) Contact contact) {}
