package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iom.common.Problem;
import org.iom.common.ProblemException;

/** Rules on a recommendation's text fields beyond their annotations, shared by adding and editing. */
@ApplicationScoped
class RecommendationChecks {

    @Inject RecommendationRepository recommendations;
    @Inject LiveFigures figures;

    /** Checks addressees (trimmed, no repeats ignoring case) and the evidence figure key; returns the addressees. */
    List<String> addressees(List<String> addressees, String evidenceFigure) {
        List<String> cleaned = addressees.stream().map(String::strip).toList();
        List<Problem.FieldError> errors = new ArrayList<>(Text.repeats(cleaned, "addressees", "repeats an addressee"));
        String key = Text.blankToNull(evidenceFigure);
        if (key != null && !figures.exists(key)) {
            errors.add(figures.unknown("evidenceFigure", key));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return cleaned;
    }

    /** A 409 naming the other recommendation of the inspection with this number, if there is one. */
    void uniqueNumber(UUID inspectionId, String number, UUID self) {
        for (Recommendation other : recommendations.numbered(inspectionId, number)) {
            if (!other.id.equals(self)) {
                throw ProblemException.conflict("The inspection already has a recommendation numbered " + number + ".",
                        other.id.toString());
            }
        }
    }
}
