package org.iom.scheme;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Scheme", description = "An IOM scheme: a local arrangement of police, probation and partners")
public record SchemeView(
        @Schema(description = "Id (UUID v7)", example = "0193a6c4-7d1e-7b3a-9c55-2f1d3e4a5b6c") UUID id,
        @Schema(example = "WMP-BHAM", maxLength = 20, pattern = NewScheme.CODE_PATTERN) String code,
        @Schema(example = "Birmingham Integrated Offender Management", maxLength = 200) String name,
        @Schema(example = "west-midlands", maxLength = 40) String policeForceId,
        @Schema(example = "N52", maxLength = 3, pattern = "^N[0-9]{2}$") String probationRegionCode,
        @Schema(nullable = true, example = "2021-04-01") LocalDate launchedOn,
        SchemeStatus status,
        SchemeSetting setting,
        @Schema(maxItems = 3, example = "[\"FIXED\", \"FLEX\"]") List<Cohort> cohorts,
        @Schema(example = "true") boolean coLocated,
        @Schema(example = "false") boolean sharedCaseSystem,
        @Schema(nullable = true) Contact contact,
        @Schema(example = "2026-11-25T13:58:07Z") Instant createdAt,
        @Schema(example = "2026-11-25T13:58:07Z") Instant updatedAt,
        @Schema(hidden = true) @JsonIgnore long version) {}
