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

    @Schema(name = "Inspection", description = "A published inspection report. A report may have no recommendations.")
    public record InspectionView(
            @Schema(description = "Id (UUID v7)", example = "01936f4e-5a1b-7c3d-8e9f-0a1b2c3d4e5f") UUID id,
            @Schema(description = "Title of the report", example = "A joint thematic inspection of Integrated Offender Management", maxLength = 300)
            String title,
            @Schema(description = "Inspectorates that published it (joint reports have several)", maxItems = 6,
                    uniqueItems = true)
            List<Inspectorate> inspectorates,
            InspectionKind kind,
            @Schema(description = "Publication date; responses are due 56 days after it", example = "2020-02-01")
            LocalDate publishedOn,
            @Schema(nullable = true, description = "First day of fieldwork, when known", example = "2019-06-03") LocalDate fieldworkFrom,
            @Schema(nullable = true, description = "Last day of fieldwork, when known", example = "2019-09-27") LocalDate fieldworkTo,
            @Schema(nullable = true, description = "Link to the published report", example = "https://www.justiceinspectorates.gov.uk/hmiprobation/", maxLength = 2000)
            String url,
            @Schema(nullable = true, description = "Short summary of the findings", maxLength = 4000,
                    example = "Nobody knew how many people were managed under IOM nationally.")
            String summary,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807", description = "How many recommendations the register holds for it", example = "3") long recommendationCount,
            @Schema(nullable = true, minimum = "0", maximum = "1000", description = "How many recommendations the report makes, as it"
                    + " declares (null: not recorded): with recommendationCount, \"3 of 11 recorded\"", example = "11")
            Integer recommendationsDeclared,
            @Schema(required = true, description = "Whether the details (dates, publishers, summary) have been checked"
                    + " against the published report; the summary says what is not verified", example = "false")
            boolean detailsVerified,
            @Schema(nullable = true, description = "Where the details come from", maxLength = 1000,
                    example = "Probation Journal 67(2), June 2020") String source,
            @Schema(description = "Who created the record (token subject)", example = "inspector-1", maxLength = 200)
            String createdBy,
            @Schema(description = "When the record was created") Instant createdAt,
            @Schema(description = "When the record was last changed") Instant updatedAt) {}

    @Schema(name = "NewInspection", description = "An inspection report to add to the register")
    public record NewInspection(
            @NotBlank @Size(max = 300)
            @Schema(required = true, example = "A joint thematic inspection of Integrated Offender Management", maxLength = 300)
            String title,
            @NotEmpty @Size(max = 6)
            @Schema(required = true, description = "One or more inspectorates, no repeats", maxItems = 6, minItems = 1,
                    uniqueItems = true)
            List<@NotNull Inspectorate> inspectorates,
            @NotNull @Schema(required = true) InspectionKind kind,
            @NotNull @Schema(required = true, description = "Publication date (not in the future)", example = "2020-02-01")
            LocalDate publishedOn,
            @Schema(description = "First day of fieldwork", example = "2019-06-03") LocalDate fieldworkFrom,
            @Schema(description = "Last day of fieldwork (not before fieldworkFrom, not after publishedOn)", example = "2019-09-27")
            LocalDate fieldworkTo,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
            @Schema(description = "Link to the published report", maxLength = 2000, example = "https://www.justiceinspectorates.gov.uk/hmiprobation/")
            String url,
            @Size(max = 4000) @Schema(maxLength = 4000, example = "Nobody knew how many people were managed under IOM nationally.")
            String summary,
            @Min(0) @Max(1000) @Schema(nullable = true, minimum = "0", maximum = "1000", description = "How many recommendations the"
                    + " report makes, as it declares", example = "11") Integer recommendationsDeclared,
            @Schema(nullable = true, description = "Whether the details have been checked against the published report (default false)",
                    example = "true") Boolean detailsVerified,
            @Size(max = 1000) @Schema(nullable = true, maxLength = 1000, description = "Where the details come from",
                    example = "Probation Journal 67(2), June 2020") String source) {}

    /** The merged result of an inspection merge patch, validated like a new inspection (documented as InspectionPatchBody). */
    @Schema(hidden = true)
    public record InspectionPatch(
            @NotBlank @Size(max = 300) @Schema(maxLength = 300, example = "A joint thematic inspection of IOM (revised title)") String title,
            @NotEmpty @Size(max = 6) @Schema(maxItems = 6, minItems = 1) List<@NotNull Inspectorate> inspectorates,
            @NotNull InspectionKind kind,
            @NotNull @Schema(example = "2020-02-01") LocalDate publishedOn,
            @Schema(example = "2019-06-03") LocalDate fieldworkFrom,
            @Schema(example = "2019-09-27") LocalDate fieldworkTo,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
            @Schema(maxLength = 2000, example = "https://www.justiceinspectorates.gov.uk/hmiprobation/") String url,
            @Size(max = 4000) @Schema(maxLength = 4000, example = "Corrected summary.") String summary,
            @Min(0) @Max(1000) @Schema(minimum = "0", maximum = "1000", example = "11") Integer recommendationsDeclared,
            @NotNull @Schema(example = "true") Boolean detailsVerified,
            @Size(max = 1000) @Schema(maxLength = 1000, example = "HM Inspectorate of Probation website") String source) {}

    @Schema(name = "InspectionPage", description = "A page of inspections, newest publication first")
    public record InspectionPage(
            @Schema(maxItems = 200) List<InspectionView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page", maxLength = 500, example = "WyIyMDIwLTAyLTAxIl0")
            String nextCursor,
            @Schema(nullable = true, minimum = "0", maximum = "9223372036854775807", description = "Total matching, only when includeTotal=true", example = "3") Long total) implements CursorPage {}

    /** The body of PATCH /v1/inspections/{id}: every field optional (a merge patch); the merged result must be valid. */
    @Schema(name = "InspectionPatch", description = "JSON merge patch (RFC 7396) of an inspection: send only the fields"
            + " to change; null clears an optional field. The merged inspection must still be valid (title, inspectorates,"
            + " kind and publishedOn cannot be cleared). Needs If-Match.")
    public record InspectionPatchBody(
            @Schema(maxLength = 300, example = "A joint thematic inspection of IOM (revised title)") String title,
            @Schema(maxItems = 6, minItems = 1, uniqueItems = true, description = "No repeats") List<Inspectorate> inspectorates,
            InspectionKind kind,
            @Schema(example = "2020-02-01") LocalDate publishedOn,
            @Schema(nullable = true, example = "2019-06-03") LocalDate fieldworkFrom,
            @Schema(nullable = true, example = "2019-09-27") LocalDate fieldworkTo,
            @Schema(nullable = true, maxLength = 2000, pattern = "^https?://\\S+$", example = "https://www.justiceinspectorates.gov.uk/hmiprobation/") String url,
            @Schema(nullable = true, maxLength = 4000, example = "Corrected summary.") String summary,
            @Schema(nullable = true, minimum = "0", maximum = "1000", example = "11") Integer recommendationsDeclared,
            @Schema(description = "Cannot be cleared", example = "true") Boolean detailsVerified,
            @Schema(nullable = true, maxLength = 1000, example = "HM Inspectorate of Probation website") String source) {}
}
