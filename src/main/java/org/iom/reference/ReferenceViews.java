package org.iom.reference;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response types of the reference-data endpoints. */
public final class ReferenceViews {

    private ReferenceViews() {}

    @Schema(name = "PoliceForce")
    public record PoliceForceView(String id, String name, String country, List<ForceName> names) {}

    @Schema(name = "PoliceForceName")
    public record ForceName(String name, @Schema(nullable = true) LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo, @Schema(nullable = true) String note) {}

    @Schema(name = "PoliceForceList")
    public record PoliceForceList(List<PoliceForceView> items) {}

    @Schema(name = "ProbationRegion")
    public record ProbationRegionView(String code, String name) {}

    @Schema(name = "ProbationRegionList")
    public record ProbationRegionList(List<ProbationRegionView> items) {}
}
