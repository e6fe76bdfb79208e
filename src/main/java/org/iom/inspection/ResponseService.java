package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.inspection.RecommendationViews.NewResponse;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.iom.security.Caller;

/**
 * The addressee's response to a recommendation. A different response replaces the current one and appends a COMMENT
 * to the timeline, so earlier responses stay on record; the same response again changes nothing.
 */
@ApplicationScoped
@Transactional
public class ResponseService {

    /** The longest note a timeline entry holds. */
    static final int NOTE_MAX = 4000;

    @Inject RecommendationRepository recommendations;
    @Inject RecommendationUpdateRepository updates;
    @Inject InspectionService inspections;
    @Inject RegisterService register;
    @Inject AppClock clock;
    @Inject Caller caller;

    public Versioned<RecommendationView> respond(UUID id, String ifMatch, NewResponse body) {
        long expected = ETags.requireVersion(ifMatch);
        Recommendation r = recommendations.requireForUpdate(id);
        if (r.version != expected) {
            throw ETags.stale();
        }
        check(body, inspections.find(r.inspectionId).publishedOn);
        String rationale = body.rationale().strip();
        boolean same = body.decision().name().equals(r.responseDecision) && body.decidedOn().equals(r.responseDecidedOn)
                && rationale.equals(r.responseRationale);
        if (!same) {
            record(r, body, rationale);
        }
        return register.get(id);
    }

    private void check(NewResponse body, LocalDate publishedOn) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.decidedOn().isBefore(publishedOn)) {
            errors.add(new Problem.FieldError("decidedOn", "must not be before the inspection's publishedOn ("
                    + publishedOn + ")"));
        }
        if (body.decidedOn().isAfter(clock.today())) {
            errors.add(new Problem.FieldError("decidedOn", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Records the response on the recommendation and a COMMENT saying so (and what it replaces) on its timeline. */
    private void record(Recommendation r, NewResponse body, String rationale) {
        Instant now = clock.now();
        String note = "Response recorded: " + body.decision() + " on " + body.decidedOn()
                + (r.responseDecision == null ? "" : " (replaces " + r.responseDecision + " of "
                        + r.responseDecidedOn + ")")
                + ". Rationale: " + rationale;
        r.responseDecision = body.decision().name();
        r.responseDecidedOn = body.decidedOn();
        r.responseRationale = rationale;
        r.responseRecordedBy = caller.subject();
        r.responseRecordedAt = now;
        r.updatedAt = now;
        RecommendationUpdate entry = RecommendationUpdate.of(r.id, UpdateType.COMMENT, caller.subject(), now);
        entry.note = note.length() > NOTE_MAX ? note.substring(0, NOTE_MAX - 1) + "…" : note;
        updates.persist(entry);
        recommendations.flush();
    }
}
