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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iom.common.LiveFigure;

/** Request and response types of recommendations: the register, their text, owners and responses. */
public final class RecommendationViews {

    private RecommendationViews() {}

    @Schema(name = "Owner")
    public record Owner(@NotBlank @Size(max = 200) String organisation,
            @Size(max = 200) @Schema(nullable = true) String contact) {}

    @Schema(name = "RecommendationResponse")
    public record ResponseView(ResponseDecision decision, LocalDate decidedOn, String rationale, String recordedBy,
            Instant recordedAt) {}

    @Schema(name = "NewRecommendationResponse")
    public record NewResponse(@NotNull ResponseDecision decision, @NotNull LocalDate decidedOn,
            @NotBlank @Size(max = 4000) String rationale) {}

    @Schema(name = "Closure")
    public record Closure(String closedBy, Instant closedAt, String evidence) {}

    @Schema(name = "Recommendation")
    public record RecommendationView(UUID id, UUID inspectionId, String inspectionTitle, String number,
            RecommendationKind kind, String text, boolean textVerified, List<@Size(max = 200) String> addressees,
            @Schema(nullable = true) Owner owner, @Schema(nullable = true) String theme,
            @Schema(nullable = true) Priority priority, @Schema(nullable = true) LocalDate targetDate,
            int targetDateRevisions, RecommendationStatus status, @Schema(nullable = true) UUID supersededBy,
            @Schema(nullable = true) ResponseView response, LocalDate responseDue, boolean responseLate,
            boolean overdue, int daysOverdue, @Schema(nullable = true) RecommendationRag rag, boolean stale,
            Instant lastUpdatedAt, Instant changedAt, @Schema(nullable = true) Closure closure,
            @Schema(nullable = true) String evidenceFigure, @Schema(nullable = true) FigureValue evidenceFigureValue,
            String createdBy, Instant createdAt) {

        /** The same recommendation showing {@code figure} as its evidence figure's value. */
        RecommendationView withFigure(FigureValue figure) {
            return new RecommendationView(id, inspectionId, inspectionTitle, number, kind, text, textVerified,
                    addressees, owner, theme, priority, targetDate, targetDateRevisions, status, supersededBy,
                    response, responseDue, responseLate, overdue, daysOverdue, rag, stale, lastUpdatedAt, changedAt,
                    closure, evidenceFigure, figure, createdBy, createdAt);
        }
    }

    @Schema(name = "LiveFigureValue")
    public record FigureValue(String key, @Schema(nullable = true) String label, String description,
            @Schema(nullable = true) Double value, @Schema(nullable = true) Double outOf,
            @Schema(nullable = true) Double share, @Schema(nullable = true) String unit,
            List<@Size(max = 10) String> suppressed, @Schema(nullable = true) Instant computedAt,
            Map<String, @Size(max = 100) String> parameters, @Schema(nullable = true) String source) {
        static FigureValue of(LiveFigure figure, LiveFigure.Value v) {
            return new FigureValue(v.key() == null ? figure.key() : v.key(), v.label(), figure.description(), v.value(),
                    v.outOf(), v.share(), v.unit(), v.suppressed() == null ? List.of() : v.suppressed(),
                    v.computedAt(), v.parameters() == null ? Map.of() : v.parameters(), v.source());
        }
    }

    @Schema(name = "NewRecommendation")
    public record NewRecommendation(
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9.\\-/ ]*$", message = "must be letters, digits, '.', '-', '/' or spaces")
            String number,
            @NotNull RecommendationKind kind,
            @NotBlank @Size(max = 4000)
            String text,
            @Schema(nullable = true)
            Boolean textVerified,
            @NotEmpty @Size(max = 20)
            List<@NotBlank @Size(max = 200) String> addressees,
            @Schema(nullable = true) @Valid Owner owner,
            @Size(max = 100) @Schema(nullable = true) String theme,
            @Schema(nullable = true) Priority priority,
            @Schema(nullable = true)
            LocalDate targetDate,
            @Size(max = 100) @Schema(nullable = true)
            String evidenceFigure) {}

    /** The merged result of a recommendation merge patch, validated (documented as RecommendationPatchBody). */
    @Schema(hidden = true)
    public record RecommendationPatch(
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9.\\-/ ]*$", message = "must be letters, digits, '.', '-', '/' or spaces")
            String number,
            @NotNull RecommendationKind kind,
            @NotBlank @Size(max = 4000) String text,
            @NotNull Boolean textVerified,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> addressees,
            @Valid Owner owner,
            @Size(max = 100) String theme,
            Priority priority,
            @Size(max = 100) String evidenceFigure) {}

    @Schema(name = "RecommendationPage")
    public record RecommendationPage(List<RecommendationView> items, @Schema(nullable = true) String nextCursor,
            @Schema(nullable = true) Long total) {}

    /** The body of PATCH /v1/recommendations/{id}: every field optional (a merge patch); the merged result must be valid. */
    @Schema(name = "RecommendationPatch")
    public record RecommendationPatchBody(String number, RecommendationKind kind, String text, Boolean textVerified,
            List<@Size(max = 200) String> addressees, @Schema(nullable = true) OwnerPatch owner,
            @Schema(nullable = true) String theme, @Schema(nullable = true) Priority priority,
            @Schema(nullable = true) String evidenceFigure) {}

    /** The owner inside a recommendation merge patch: merged into the current owner, so every field is optional. */
    @Schema(name = "OwnerPatch")
    public record OwnerPatch(String organisation, @Schema(nullable = true) String contact) {}
}
