package org.iom.scheme;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Scheme")
public record SchemeView(UUID id, String code, String name, String policeForceId, String probationRegionCode,
        @Schema(nullable = true) LocalDate launchedOn, SchemeStatus status, SchemeSetting setting, List<Cohort> cohorts,
        boolean coLocated, boolean sharedCaseSystem, @Schema(nullable = true) Contact contact, Instant createdAt,
        Instant updatedAt, @Schema(hidden = true) @JsonIgnore long version) {}
