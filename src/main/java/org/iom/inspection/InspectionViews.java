package org.iom.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.CursorPage;

/** Request and response types of inspections. */
public final class InspectionViews {

    private InspectionViews() {}

    @Schema(name = "Inspection")
    public record InspectionView(UUID id, String title, @Schema(uniqueItems = true) List<Inspectorate> inspectorates,
            InspectionKind kind, LocalDate publishedOn, @Schema(nullable = true) LocalDate fieldworkFrom,
            @Schema(nullable = true) LocalDate fieldworkTo, @Schema(nullable = true) String url,
            @Schema(nullable = true) String summary, long recommendationCount,
            @Schema(nullable = true) Integer recommendationsDeclared, boolean detailsVerified,
            @Schema(nullable = true) String source, String createdBy, Instant createdAt, Instant updatedAt) {}

    @Schema(name = "NewInspection")
    public record NewInspection(
            @NotBlank @Size(max = 300)
            String title,
            @NotEmpty @Size(max = 6)
            @Schema(uniqueItems = true)
            List<@NotNull Inspectorate> inspectorates,
            @NotNull InspectionKind kind,
            @NotNull
            LocalDate publishedOn,
            LocalDate fieldworkFrom,
            LocalDate fieldworkTo,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
            String url,
            @Size(max = 4000) String summary,
            @Min(0) @Max(1000) @Schema(nullable = true) Integer recommendationsDeclared,
            @Schema(nullable = true) Boolean detailsVerified,
            @Size(max = 1000) @Schema(nullable = true) String source) {}

    /** The merged result of an inspection merge patch, validated like a new inspection (documented as InspectionPatchBody). */
    @Schema(hidden = true)
    public record InspectionPatch(
            @NotBlank @Size(max = 300) String title,
            @NotEmpty @Size(max = 6) List<@NotNull Inspectorate> inspectorates,
            @NotNull InspectionKind kind,
            @NotNull LocalDate publishedOn,
            LocalDate fieldworkFrom,
            LocalDate fieldworkTo,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
            String url,
            @Size(max = 4000) String summary,
            @Min(0) @Max(1000) Integer recommendationsDeclared,
            @NotNull Boolean detailsVerified,
            @Size(max = 1000) String source) {}

    @Schema(name = "InspectionPage")
    public record InspectionPage(List<InspectionView> items, @Schema(nullable = true) String nextCursor,
            @Schema(nullable = true) Long total) implements CursorPage {}

    /** The body of PATCH /v1/inspections/{id}: every field optional (a merge patch); the merged result must be valid. */
    @Schema(name = "InspectionPatch")
    public record InspectionPatchBody(String title, @Schema(uniqueItems = true) List<Inspectorate> inspectorates,
            InspectionKind kind, LocalDate publishedOn, @Schema(nullable = true) LocalDate fieldworkFrom,
            @Schema(nullable = true) LocalDate fieldworkTo, @Schema(nullable = true) String url,
            @Schema(nullable = true) String summary, @Schema(nullable = true) Integer recommendationsDeclared,
            Boolean detailsVerified, @Schema(nullable = true) String source) {}
}
