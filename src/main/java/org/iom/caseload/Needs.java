package org.iom.caseload;

import static jakarta.persistence.EnumType.STRING;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ten criminogenic need areas ({@link NeedArea}), each with its severity: an object from need area to severity.
 * Also the columns of a stored assessment ({@link NeedsAssessment} embeds it: one column per area).
 */
@Embeddable
@Schema(name = "Needs")
public record Needs(
        @JsonProperty("ACCOMMODATION") @Schema(required = true) @Enumerated(STRING) Severity accommodation,
        @JsonProperty("EDUCATION_TRAINING_AND_EMPLOYABILITY") @Schema(required = true) @Enumerated(STRING) Severity educationTrainingAndEmployability,
        @JsonProperty("FINANCIAL_MANAGEMENT_AND_INCOME") @Schema(required = true) @Enumerated(STRING) Severity financialManagementAndIncome,
        @JsonProperty("RELATIONSHIPS") @Schema(required = true) @Enumerated(STRING) Severity relationships,
        @JsonProperty("LIFESTYLE_AND_ASSOCIATES") @Schema(required = true) @Enumerated(STRING) Severity lifestyleAndAssociates,
        @JsonProperty("DRUG_MISUSE") @Schema(required = true) @Enumerated(STRING) Severity drugMisuse,
        @JsonProperty("ALCOHOL_MISUSE") @Schema(required = true) @Enumerated(STRING) Severity alcoholMisuse,
        @JsonProperty("EMOTIONAL_WELL_BEING") @Schema(required = true) @Enumerated(STRING) Severity emotionalWellBeing,
        @JsonProperty("THINKING_AND_BEHAVIOUR") @Schema(required = true) @Enumerated(STRING) Severity thinkingAndBehaviour,
        @JsonProperty("ATTITUDES") @Schema(required = true) @Enumerated(STRING) Severity attitudes) {

    /** The severity given for {@code area}, or null. */
    public Severity severity(NeedArea area) {
        return switch (area) {
            case ACCOMMODATION -> accommodation;
            case EDUCATION_TRAINING_AND_EMPLOYABILITY -> educationTrainingAndEmployability;
            case FINANCIAL_MANAGEMENT_AND_INCOME -> financialManagementAndIncome;
            case RELATIONSHIPS -> relationships;
            case LIFESTYLE_AND_ASSOCIATES -> lifestyleAndAssociates;
            case DRUG_MISUSE -> drugMisuse;
            case ALCOHOL_MISUSE -> alcoholMisuse;
            case EMOTIONAL_WELL_BEING -> emotionalWellBeing;
            case THINKING_AND_BEHAVIOUR -> thinkingAndBehaviour;
            case ATTITUDES -> attitudes;
        };
    }

    /** The areas in their usual order ({@link NeedArea}'s), each with its severity (null when not given). */
    public Map<NeedArea, Severity> byArea() {
        Map<NeedArea, Severity> m = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            m.put(area, severity(area));
        }
        return m;
    }

    /** The areas with no severity given, by their API names. */
    List<String> missingAreas() {
        return Arrays.stream(NeedArea.values()).filter(area -> severity(area) == null).map(NeedArea::name).toList();
    }
}
