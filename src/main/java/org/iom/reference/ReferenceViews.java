package org.iom.reference;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response types of the reference-data endpoints. */
public final class ReferenceViews {

    private ReferenceViews() {}

    @Schema(name = "PoliceForce", description = "A territorial police force of England and Wales")
    public record PoliceForceView(
            @Schema(description = "Slug, as used by data.police.uk", example = "west-midlands", maxLength = 40, required = true) String id,
            @Schema(description = "Current name", example = "West Midlands Police", maxLength = 200, required = true) String name,
            @Schema(description = "ENGLAND or WALES", example = "ENGLAND", enumeration = {"ENGLAND", "WALES"}, required = true) String country,
            @Schema(description = "Every name the force has had, oldest first (validTo null = current)", maxItems = 20,
                    required = true)
            List<ForceName> names) {}

    @Schema(name = "PoliceForceName")
    public record ForceName(
            @Schema(example = "Hampshire Constabulary", maxLength = 200, required = true) String name,
            @Schema(nullable = true, description = "First day the name was valid, when known") LocalDate validFrom,
            @Schema(nullable = true, description = "Last day the name was valid; null while current") LocalDate validTo,
            @Schema(nullable = true, description = "Caveats about the dates", maxLength = 500) String note) {}

    @Schema(name = "PoliceForceList")
    public record PoliceForceList(@Schema(maxItems = 43, required = true) List<PoliceForceView> items) {}

    @Schema(name = "ProbationRegion", description = "A probation region (since unification in June 2021)")
    public record ProbationRegionView(
            @Schema(description = "Case-system code", example = "N52", pattern = "^N[0-9]{2}$", maxLength = 3, required = true) String code,
            @Schema(example = "West Midlands", maxLength = 200, required = true) String name) {}

    @Schema(name = "ProbationRegionList")
    public record ProbationRegionList(@Schema(maxItems = 12, required = true) List<ProbationRegionView> items) {}
}
