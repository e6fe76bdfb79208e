package org.iom.scheme;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the body of {@code PATCH /v1/schemes/{schemeId}} (RFC 7396 merge patch). The service merges the patch
 * into the scheme and validates the result as a {@link NewScheme}.
 */
@Schema(name = "SchemePatch")
public record SchemePatch(String name, String policeForceId, String probationRegionCode,
        @Schema(nullable = true) LocalDate launchedOn, SchemeStatus status, SchemeSetting setting, List<Cohort> cohorts,
        Boolean coLocated, Boolean sharedCaseSystem, @Schema(nullable = true) Contact contact) {}
