package org.iom.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.LiveFigure;

/** Request and response types of recommendations: the register, their text, owners and responses. */
public final class RecommendationViews {

    private RecommendationViews() {}

    @Schema(name = "Owner", description = "Who owns the action: a named organisation and a contact")
    public record Owner(
            @NotBlank @Size(max = 200) @Schema(required = true, example = "HMPPS", maxLength = 200) String organisation,
            @Size(max = 200) @Schema(nullable = true, example = "Head of IOM policy", maxLength = 200) String contact) {}

    @Schema(name = "RecommendationResponse", description = "The addressee's formal response")
    public record ResponseView(
            ResponseDecision decision,
            @Schema(description = "Date of the response", example = "2020-03-20") LocalDate decidedOn,
            @Schema(maxLength = 4000, example = "Agreed: an evaluation will be commissioned.") String rationale,
            @Schema(description = "Who recorded it (token subject)", maxLength = 200, example = "oversight-secretariat") String recordedBy,
            @Schema(description = "When it was recorded") Instant recordedAt) {}

    @Schema(name = "NewRecommendationResponse", description = "The addressee's response to record (replaces any earlier"
            + " one; the earlier one stays in the timeline)")
    public record NewResponse(
            @NotNull @Schema(required = true) ResponseDecision decision,
            @NotNull @Schema(required = true, description = "Date of the response: not before publication, not in the future",
                    example = "2020-03-20") LocalDate decidedOn,
            @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000, example = "Agreed: an evaluation will be commissioned.")
            String rationale) {}

    @Schema(name = "Closure", description = "Who closed the recommendation (moved it to a final status), when, on what evidence")
    public record Closure(
            @Schema(maxLength = 200, example = "oversight-chair") String closedBy,
            Instant closedAt,
            @Schema(maxLength = 4000, example = "Evaluation report published.") String evidence) {}

    @Schema(name = "Recommendation", description = "A recommendation (or area for improvement, cause of concern, call to"
            + " action) with its response and the derived oversight fields. Derived fields use today's date in UK"
            + " time: `overdue` = not closed and the target date has passed (the target date itself is not overdue);"
            + " `daysOverdue` = days since the target date when overdue, else 0; `rag` = RED when overdue, when an OPEN action"
            + " is past its due date, or when the target date was revised more than once, else AMBER when the target date is within the next 30 days (today"
            + " included) or there has been no update for 90 days or more, else GREEN; closed recommendations (final"
            + " status) are never overdue and have no RAG (null); `responseDue` = publishedOn + 56 days;"
            + " `responseLate` = no response by then (from the day after responseDue) or a response dated after it;"
            + " `lastUpdatedAt` = the latest timeline entry, or creation when there is none.")
    public record RecommendationView(
            @Schema(example = "01936f4e-6b2c-7d4e-9f0a-1b2c3d4e5f60") UUID id,
            @Schema(example = "01936f4e-5a1b-7c3d-8e9f-0a1b2c3d4e5f") UUID inspectionId,
            @Schema(description = "Title of the inspection", maxLength = 300, example = "A joint thematic inspection of Integrated Offender Management")
            String inspectionTitle,
            @Schema(description = "Number within the report", maxLength = 20, example = "1") String number,
            RecommendationKind kind,
            @Schema(maxLength = 4000, example = "Commission an independent evaluation of the costs and benefits of IOM.") String text,
            @Schema(required = true, description = "Whether the text has been checked against the published report", example = "false")
            boolean textVerified,
            @Schema(description = "Organisations it is addressed to", maxItems = 20, example = "[\"Ministry of Justice\"]")
            List<@Size(max = 200) String> addressees,
            @Schema(nullable = true) Owner owner,
            @Schema(nullable = true, maxLength = 100, example = "Measuring impact") String theme,
            @Schema(nullable = true) Priority priority,
            @Schema(nullable = true, description = "Current target date", example = "2021-03-31") LocalDate targetDate,
            @Schema(required = true, minimum = "0", maximum = "2147483647", description = "How many times an existing target date has been moved", example = "1") int targetDateRevisions,
            RecommendationStatus status,
            @Schema(nullable = true, description = "For SUPERSEDED: the recommendation that replaces this one") UUID supersededBy,
            @Schema(nullable = true, description = "The addressee's response, null until recorded") ResponseView response,
            @Schema(description = "publishedOn + 56 days", example = "2020-03-28") LocalDate responseDue,
            @Schema(required = true, description = "No response by responseDue (from the next day), or a response dated after it", example = "false")
            boolean responseLate,
            @Schema(required = true, example = "true") boolean overdue,
            @Schema(required = true, minimum = "0", maximum = "2147483647", example = "12") int daysOverdue,
            @Schema(nullable = true, description = "null for closed recommendations") RecommendationRag rag,
            @Schema(required = true, description = "Not closed and no update for 90 days or more (one of AMBER's"
                    + " reasons)", example = "false") boolean stale,
            @Schema(description = "The latest timeline entry, or creation when there is none") Instant lastUpdatedAt,
            @Schema(description = "The latest change of any kind: creation, an edit, a response, a timeline entry"
                    + " (what the changedSince filter selects on)") Instant changedAt,
            @Schema(nullable = true, description = "For closed recommendations: who closed it, when, on what evidence") Closure closure,
            @Schema(nullable = true, description = "Key of a live figure of the service linked as evidence", maxLength = 100, example = "statistics.coverage.forces")
            String evidenceFigure,
            @Schema(nullable = true, description = "The linked figure's current value for the caller (null when there is no figure or it"
                    + " cannot be computed now)")
            FigureValue evidenceFigureValue,
            @Schema(maxLength = 200, example = "inspector-1") String createdBy,
            Instant createdAt) {

        /** The same recommendation showing {@code figure} as its evidence figure's value. */
        RecommendationView withFigure(FigureValue figure) {
            return new RecommendationView(id, inspectionId, inspectionTitle, number, kind, text, textVerified,
                    addressees, owner, theme, priority, targetDate, targetDateRevisions, status, supersededBy,
                    response, responseDue, responseLate, overdue, daysOverdue, rag, stale, lastUpdatedAt, changedAt,
                    closure, evidenceFigure, figure, createdBy, createdAt);
        }
    }

    @Schema(name = "LiveFigureValue", description = "The current value of a live figure of the service, for the caller:"
            + " a figure computed from case data is the national row of the statistics endpoint named in `source`, in"
            + " the caller's scope (a practitioner's own schemes; every scheme for every other role) and with the same"
            + " small-number suppression")
    public record FigureValue(
            @Schema(maxLength = 100, example = "statistics.coverage.forces") String key,
            @Schema(nullable = true, description = "null when the figure cannot be computed now", maxLength = 300, example = "14 of 43 forces measure impact") String label,
            @Schema(maxLength = 1000, example = "Police forces whose IOM schemes record outcome reviews") String description,
            @Schema(nullable = true, description = "The number; null when withheld by small-number suppression or unknown", example = "14")
            Double value,
            @Schema(nullable = true, description = "The total it is out of, when it has one", example = "43") Double outOf,
            @Schema(nullable = true, description = "value / outOf (0 to 1, four decimals), when both are shown", example = "0.3256")
            Double share,
            @Schema(nullable = true, maxLength = 50, example = "forces") String unit,
            @Schema(description = "Which of value, outOf and share small-number suppression withheld (they are null)",
                    maxItems = 3, example = "[]") List<@Size(max = 10) String> suppressed,
            @Schema(nullable = true, description = "null when the figure cannot be computed now") Instant computedAt,
            @Schema(description = "The parameters that shaped the figure (e.g. asOf, months, minShare)",
                    example = "{\"asOf\": \"2026-12-02\", \"months\": \"12\", \"minShare\": \"0.5\"}")
            Map<String, @Size(max = 100) String> parameters,
            @Schema(nullable = true, description = "The request of another endpoint that answers the same number for the same caller",
                    maxLength = 500, example = "/v1/statistics/coverage?asOf=2026-12-02&months=12&minShare=0.5")
            String source) {
        static FigureValue of(LiveFigure figure, LiveFigure.Value v) {
            return new FigureValue(v.key() == null ? figure.key() : v.key(), v.label(), figure.description(), v.value(),
                    v.outOf(), v.share(), v.unit(), v.suppressed() == null ? List.of() : v.suppressed(),
                    v.computedAt(), v.parameters() == null ? Map.of() : v.parameters(), v.source());
        }
    }

    @Schema(name = "NewRecommendation", description = "A recommendation to add to an inspection. It starts OPEN.")
    public record NewRecommendation(
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9.\\-/ ]*$", message = "must be letters, digits, '.', '-', '/' or spaces")
            @Schema(required = true, description = "Number within the report, unique there", maxLength = 20, example = "1")
            String number,
            @NotNull @Schema(required = true) RecommendationKind kind,
            @NotBlank @Size(max = 4000) @Schema(required = true, maxLength = 4000,
                    example = "Commission an independent evaluation of the costs and benefits of IOM.")
            String text,
            @Schema(nullable = true, description = "Whether the text has been checked against the published report (default false)", example = "true")
            Boolean textVerified,
            @NotEmpty @Size(max = 20)
            @Schema(required = true, description = "Organisations it is addressed to (1 to 20, no repeats)", maxItems = 20, minItems = 1,
                    example = "[\"Ministry of Justice\"]")
            List<@NotBlank @Size(max = 200) String> addressees,
            @Schema(nullable = true) @Valid Owner owner,
            @Size(max = 100) @Schema(nullable = true, maxLength = 100, example = "Measuring impact") String theme,
            @Schema(nullable = true) Priority priority,
            @Schema(nullable = true, description = "First target date (not before publication). Later changes only through a"
                    + " TARGET_DATE_REVISION timeline entry", example = "2021-03-31")
            LocalDate targetDate,
            @Size(max = 100) @Schema(nullable = true, description = "Key of a live figure of the service to show as evidence; unknown keys are a 400",
                    maxLength = 100, example = "statistics.coverage.forces")
            String evidenceFigure) {}

    /** The merged result of a recommendation merge patch, validated (documented as RecommendationPatchBody). */
    @Schema(hidden = true)
    public record RecommendationPatch(
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9.\\-/ ]*$", message = "must be letters, digits, '.', '-', '/' or spaces")
            @Schema(maxLength = 20, example = "1") String number,
            @NotNull RecommendationKind kind,
            @NotBlank @Size(max = 4000) @Schema(maxLength = 4000, example = "Corrected text as published.") String text,
            @NotNull @Schema(example = "true") Boolean textVerified,
            @NotEmpty @Size(max = 20) @Schema(maxItems = 20, minItems = 1, example = "[\"Ministry of Justice\", \"HMPPS\"]")
            List<@NotBlank @Size(max = 200) String> addressees,
            @Valid Owner owner,
            @Size(max = 100) @Schema(maxLength = 100, example = "Information sharing") String theme,
            Priority priority,
            @Size(max = 100) @Schema(maxLength = 100, example = "statistics.coverage.forces") String evidenceFigure) {}

    @Schema(name = "RecommendationPage", description = "A page of the register, in creation order")
    public record RecommendationPage(
            @Schema(maxItems = 200) List<RecommendationView> items,
            @Schema(nullable = true, description = "Cursor of the next page; null on the last page", maxLength = 500, example = "WyIwMTkzNmY0ZSJd")
            String nextCursor,
            @Schema(nullable = true, minimum = "0", maximum = "9223372036854775807", description = "Total matching, only when includeTotal=true", example = "11") Long total) {}

    /** Schema for the CSV export (documentation only). */
    @Schema(name = "RecommendationRegisterCsv", type = SchemaType.STRING, maxLength = 100000000,
            description = "RFC 4180 CSV (UTF-8, CRLF line ends, header row); see the operation description for the columns")
    public static final class RegisterCsvSchema {
        private RegisterCsvSchema() {}
    }

    /** The body of PATCH /v1/recommendations/{id}: every field optional (a merge patch); the merged result must be valid. */
    @Schema(name = "RecommendationPatch", description = "JSON merge patch (RFC 7396) of a recommendation's text fields:"
            + " send only the fields to change; null clears an optional field (number, kind, text, textVerified and"
            + " addressees cannot be cleared). Needs If-Match. The status, target date and response are not patched:"
            + " they change through the timeline and the response endpoint.")
    public record RecommendationPatchBody(
            @Schema(maxLength = 20, pattern = "^[A-Za-z0-9][A-Za-z0-9.\\-/ ]*$", example = "1") String number,
            RecommendationKind kind,
            @Schema(maxLength = 4000, example = "Corrected text as published.") String text,
            @Schema(example = "true") Boolean textVerified,
            @Schema(maxItems = 20, minItems = 1, example = "[\"Ministry of Justice\", \"HMPPS\"]")
            List<@Size(max = 200) String> addressees,
            @Schema(nullable = true) OwnerPatch owner,
            @Schema(nullable = true, maxLength = 100, example = "Information sharing") String theme,
            @Schema(nullable = true) Priority priority,
            @Schema(nullable = true, maxLength = 100, example = "statistics.coverage.forces") String evidenceFigure) {}

    /** The owner inside a recommendation merge patch: merged into the current owner, so every field is optional. */
    @Schema(name = "OwnerPatch", description = "Merge patch of the owner: only the fields given change; null clears"
            + " the contact (the organisation cannot be cleared)")
    public record OwnerPatch(
            @Schema(maxLength = 200, example = "HMPPS") String organisation,
            @Schema(nullable = true, maxLength = 200, example = "Head of IOM policy") String contact) {}
}
