package org.iom.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iom.inspection.RecommendationViews.Closure;
import org.iom.inspection.RecommendationViews.FigureValue;
import org.iom.inspection.RecommendationViews.Owner;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.iom.inspection.RecommendationViews.ResponseView;

/** A row of the derived register ({@link RegisterQuery#DERIVED}), mapped by column name. */
record RegisterRow(UUID id, UUID inspectionId, String inspectionTitle, String number, RecommendationKind kind,
        String text, boolean textVerified, List<String> addressees, String ownerOrganisation, String ownerContact,
        String theme, Priority priority, LocalDate targetDate, int targetRevisions, RecommendationStatus status,
        UUID supersededBy, ResponseDecision responseDecision, LocalDate responseDecidedOn, String responseRationale,
        String responseRecordedBy, Instant responseRecordedAt, LocalDate responseDue, boolean responseLate,
        boolean overdue, int daysOverdue, RecommendationRag rag, boolean stale, Instant lastUpdatedAt,
        Instant changedAt, Instant closedAt, String closedBy, String closureEvidence, String evidenceFigure,
        String createdBy, Instant createdAt, long version) {

    /** The recommendation as the API shows it, with its evidence figure's value (null in lists). */
    RecommendationView view(FigureValue figure) {
        ResponseView response = responseDecision == null ? null : new ResponseView(responseDecision,
                responseDecidedOn, responseRationale, responseRecordedBy, responseRecordedAt);
        Owner owner = ownerOrganisation == null ? null : new Owner(ownerOrganisation, ownerContact);
        Closure closure = closedAt == null ? null : new Closure(closedBy, closedAt, closureEvidence);
        return new RecommendationView(id, inspectionId, inspectionTitle, number, kind, text, textVerified,
                addressees == null ? List.of() : addressees, owner, theme, priority, targetDate, targetRevisions,
                status, supersededBy, response, responseDue, responseLate, overdue, daysOverdue, rag, stale,
                lastUpdatedAt, changedAt, closure, evidenceFigure, figure, createdBy, createdAt);
    }
}
