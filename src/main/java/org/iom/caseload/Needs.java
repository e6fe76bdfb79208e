package org.iom.caseload;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ten criminogenic need areas, each with its severity: an object from need area to severity. */
@Schema(name = "Needs", description = "Severity for each of the ten criminogenic need areas: an object with exactly"
        + " these ten keys, all required: ACCOMMODATION, EDUCATION_TRAINING_AND_EMPLOYABILITY,"
        + " FINANCIAL_MANAGEMENT_AND_INCOME, RELATIONSHIPS, LIFESTYLE_AND_ASSOCIATES, DRUG_MISUSE, ALCOHOL_MISUSE,"
        + " EMOTIONAL_WELL_BEING, THINKING_AND_BEHAVIOUR, ATTITUDES (a missing or unknown area is a 400)",
        type = SchemaType.OBJECT, additionalProperties = Severity.class, minProperties = 10, maxProperties = 10)
public record Needs(
        @JsonProperty("ACCOMMODATION") @Schema(hidden = true) Severity accommodation,
        @JsonProperty("EDUCATION_TRAINING_AND_EMPLOYABILITY") @Schema(hidden = true) Severity educationTrainingAndEmployability,
        @JsonProperty("FINANCIAL_MANAGEMENT_AND_INCOME") @Schema(hidden = true) Severity financialManagementAndIncome,
        @JsonProperty("RELATIONSHIPS") @Schema(hidden = true) Severity relationships,
        @JsonProperty("LIFESTYLE_AND_ASSOCIATES") @Schema(hidden = true) Severity lifestyleAndAssociates,
        @JsonProperty("DRUG_MISUSE") @Schema(hidden = true) Severity drugMisuse,
        @JsonProperty("ALCOHOL_MISUSE") @Schema(hidden = true) Severity alcoholMisuse,
        @JsonProperty("EMOTIONAL_WELL_BEING") @Schema(hidden = true) Severity emotionalWellBeing,
        @JsonProperty("THINKING_AND_BEHAVIOUR") @Schema(hidden = true) Severity thinkingAndBehaviour,
        @JsonProperty("ATTITUDES") @Schema(hidden = true) Severity attitudes) {

    /** The areas in their usual order, by their API names. */
    public Map<String, Severity> byArea() {
        Map<String, Severity> m = new LinkedHashMap<>();
        m.put("ACCOMMODATION", accommodation);
        m.put("EDUCATION_TRAINING_AND_EMPLOYABILITY", educationTrainingAndEmployability);
        m.put("FINANCIAL_MANAGEMENT_AND_INCOME", financialManagementAndIncome);
        m.put("RELATIONSHIPS", relationships);
        m.put("LIFESTYLE_AND_ASSOCIATES", lifestyleAndAssociates);
        m.put("DRUG_MISUSE", drugMisuse);
        m.put("ALCOHOL_MISUSE", alcoholMisuse);
        m.put("EMOTIONAL_WELL_BEING", emotionalWellBeing);
        m.put("THINKING_AND_BEHAVIOUR", thinkingAndBehaviour);
        m.put("ATTITUDES", attitudes);
        return m;
    }

    /** The areas with no severity given. */
    List<String> missingAreas() {
        List<String> missing = new ArrayList<>();
        byArea().forEach((area, severity) -> {
            if (severity == null) {
                missing.add(area);
            }
        });
        return missing;
    }
}
