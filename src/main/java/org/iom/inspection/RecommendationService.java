package org.iom.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.inspection.RecommendationViews.NewRecommendation;
import org.iom.inspection.RecommendationViews.Owner;
import org.iom.inspection.RecommendationViews.RecommendationPatch;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.iom.security.Caller;

/**
 * Recommendations: adding them to an inspection and editing their text. Status and target date move through the
 * timeline ({@link TimelineService}), the response through {@link ResponseService}.
 */
@ApplicationScoped
@Transactional
public class RecommendationService {

    /** Fields of a recommendation that a merge patch cannot change (status and the rest: see {@link #IN_TIMELINE}). */
    static final Set<String> IMMUTABLE = Set.of("id", "inspectionId", "inspectionTitle", "targetDateRevisions",
            "responseDue", "responseLate", "overdue", "daysOverdue", "rag", "lastUpdatedAt", "evidenceFigureValue",
            "createdBy", "createdAt");

    /** Fields that change elsewhere, each with where: a patch naming one is a 400 that says so. */
    static final List<Problem.FieldError> IN_TIMELINE = List.of(
            new Problem.FieldError("status", "changes only through a STATUS_CHANGE entry on /v1/recommendations/{id}/updates"),
            new Problem.FieldError("supersededBy", "changes only through a STATUS_CHANGE entry on /v1/recommendations/{id}/updates"),
            new Problem.FieldError("closure", "changes only through a STATUS_CHANGE entry on /v1/recommendations/{id}/updates"),
            new Problem.FieldError("targetDate", "moves only through a TARGET_DATE_REVISION entry (with a reason) on"
                    + " /v1/recommendations/{id}/updates"),
            new Problem.FieldError("response", "is recorded with PUT /v1/recommendations/{id}/response"));

    @Inject RecommendationRepository recommendations;
    @Inject InspectionService inspections;
    @Inject RecommendationChecks checks;
    @Inject RegisterService register;
    @Inject Patches patches;
    @Inject AppClock clock;
    @Inject Caller caller;

    public Versioned<RecommendationView> add(UUID inspectionId, NewRecommendation body) {
        Inspection inspection = inspections.find(inspectionId);
        List<String> addressees = checks.addressees(body.addressees(), body.evidenceFigure());
        if (body.targetDate() != null && body.targetDate().isBefore(inspection.publishedOn)) {
            throw ProblemException.invalid("targetDate", "must not be before the inspection's publishedOn ("
                    + inspection.publishedOn + ")");
        }
        String number = body.number().strip();
        checks.uniqueNumber(inspectionId, number, null);
        Instant now = clock.now();
        Recommendation r = new Recommendation();
        r.created(now);
        r.inspectionId = inspectionId;
        r.targetDate = body.targetDate();
        r.targetRevisions = 0;
        r.status = RecommendationStatus.OPEN.name();
        r.createdBy = caller.subject();
        apply(r, new RecommendationPatch(number, body.kind(), body.text(), Boolean.TRUE.equals(body.textVerified()),
                addressees, body.owner(), body.theme(), body.priority(), body.evidenceFigure()));
        recommendations.persist(r);
        recommendations.flush();
        return register.get(r.id);
    }

    public Versioned<RecommendationView> patch(UUID id, String ifMatch, JsonNode patch) {
        long expected = ETags.requireVersion(ifMatch);
        Recommendation r = recommendations.require(id);
        if (r.version != expected) {
            throw ETags.stale();
        }
        rejectTimelineFields(patch);
        RecommendationPatch current = new RecommendationPatch(r.number, RecommendationKind.valueOf(r.kind), r.text,
                r.textVerified, Arrays.asList(r.addressees),
                r.ownerOrganisation == null ? null : new Owner(r.ownerOrganisation, r.ownerContact), r.theme,
                r.priority == null ? null : Priority.valueOf(r.priority), r.evidenceFigure);
        RecommendationPatch p = patches.apply(current, patch, IMMUTABLE);
        List<String> addressees = checks.addressees(p.addressees(), p.evidenceFigure());
        String number = p.number().strip();
        if (!number.equals(r.number)) {
            checks.uniqueNumber(r.inspectionId, number, r.id);
        }
        if (!p.equals(current)) {
            apply(r, new RecommendationPatch(number, p.kind(), p.text(), p.textVerified(), addressees, p.owner(),
                    p.theme(), p.priority(), p.evidenceFigure()));
            r.updatedAt = clock.now();
            recommendations.flush();
        }
        return register.get(id);
    }

    private static void rejectTimelineFields(JsonNode patch) {
        if (patch != null && patch.isObject()) {
            List<Problem.FieldError> errors = new ArrayList<>();
            IN_TIMELINE.stream().filter(e -> patch.has(e.field())).forEach(errors::add);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
        }
    }

    /** Sets the text fields (checked) on the entity. */
    private static void apply(Recommendation r, RecommendationPatch p) {
        r.number = p.number();
        r.kind = p.kind().name();
        r.text = p.text().strip();
        r.textVerified = p.textVerified();
        r.addressees = p.addressees().toArray(String[]::new);
        r.ownerOrganisation = p.owner() == null ? null : p.owner().organisation().strip();
        r.ownerContact = p.owner() == null ? null : Text.blankToNull(p.owner().contact());
        r.theme = Text.blankToNull(p.theme());
        r.priority = p.priority() == null ? null : p.priority().name();
        r.evidenceFigure = Text.blankToNull(p.evidenceFigure());
    }
}
