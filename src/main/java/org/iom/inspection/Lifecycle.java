package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.Problem;
import org.iom.common.ProblemException;

/**
 * The moves a timeline entry makes on its recommendation: a status change (the transition table is
 * {@link RecommendationStatus}) and a target-date revision. Each checks the move, then records it on both the
 * recommendation and the entry.
 */
@ApplicationScoped
class Lifecycle {

    @Inject RecommendationRepository recommendations;
    @Inject InspectionService inspections;
    @Inject ActionMoves actions;
    @Inject AppClock clock;

    void changeStatus(Recommendation r, RecommendationStatus target, UUID supersededBy, String evidence,
            RecommendationUpdate entry, Instant now) {
        RecommendationStatus from = RecommendationStatus.valueOf(r.status);
        if (!from.canMoveTo(target)) {
            List<String> allowed = from.allowedTargets().stream().map(Enum::name).toList();
            throw ProblemException.illegalTransition("A recommendation that is " + from + " cannot move to " + target
                    + (allowed.isEmpty() ? "; " + from + " is final." : "; allowed: " + String.join(", ", allowed) + "."),
                    allowed);
        }
        if (target.isFinal()) {
            actions.requireNoneOpen(r, target);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (target.isFinal() && evidence == null) {
            errors.add(new Problem.FieldError("evidence", "is required to close a recommendation (" + target + ")"));
        }
        supersession(r, target, supersededBy, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        entry.previousStatus = from.name();
        entry.status = target.name();
        entry.supersededBy = supersededBy;
        entry.evidence = evidence;
        r.status = target.name();
        r.supersededBy = supersededBy;
        if (target.isFinal()) {
            r.closedAt = now;
            r.closedBy = entry.recordedBy;
            r.closureEvidence = evidence;
        }
        r.updatedAt = now;
    }

    /** SUPERSEDED needs another recommendation that is not itself superseded or withdrawn; other statuses none. */
    private void supersession(Recommendation r, RecommendationStatus target, UUID supersededBy,
            List<Problem.FieldError> errors) {
        if (target != RecommendationStatus.SUPERSEDED) {
            if (supersededBy != null) {
                errors.add(new Problem.FieldError("supersededBy", "only for a STATUS_CHANGE to SUPERSEDED"));
            }
        } else if (supersededBy == null) {
            errors.add(new Problem.FieldError("supersededBy",
                    "is required for SUPERSEDED: the id of the recommendation that replaces this one"));
        } else if (supersededBy.equals(r.id)) {
            errors.add(new Problem.FieldError("supersededBy", "must be another recommendation"));
        } else {
            Recommendation replacement = recommendations.findById(supersededBy);
            if (replacement == null) {
                errors.add(new Problem.FieldError("supersededBy", "no recommendation " + supersededBy));
            } else if (replacement.status.equals(RecommendationStatus.SUPERSEDED.name())
                    || replacement.status.equals(RecommendationStatus.WITHDRAWN.name())) {
                errors.add(new Problem.FieldError("supersededBy", "the replacement is itself " + replacement.status));
            }
        }
    }

    void reviseTargetDate(Recommendation r, LocalDate target, String reason, RecommendationUpdate entry, Instant now) {
        RecommendationStatus status = RecommendationStatus.valueOf(r.status);
        if (status.isFinal()) {
            throw ProblemException.conflict("The recommendation is " + status + " (closed): its target date no longer"
                    + " moves.");
        }
        LocalDate publishedOn = inspections.find(r.inspectionId).publishedOn;
        if (target.equals(r.targetDate)) {
            throw ProblemException.invalid("targetDate", "is already the target date");
        }
        if (target.isBefore(clock.today())) {
            throw ProblemException.invalid("targetDate", "must not be in the past");
        }
        if (target.isBefore(publishedOn)) {
            throw ProblemException.invalid("targetDate", "must not be before the inspection's publishedOn");
        }
        entry.previousTargetDate = r.targetDate;
        entry.targetDate = target;
        entry.reason = reason;
        if (r.targetDate != null) {
            r.targetRevisions++;
        }
        r.targetDate = target;
        r.updatedAt = now;
    }
}
