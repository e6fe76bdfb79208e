package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.iom.common.AppClock;
import org.iom.common.ProblemException;
import org.iom.inspection.TimelineViews.NewUpdate;

/**
 * The moves a timeline entry makes on a recommendation's actions: add one, move its due date (with a reason), mark it
 * DONE or DROPPED. Each checks the move, then records it on the action and on the entry. The caller moves the
 * recommendation's version on ({@link RecommendationRepository#bumpVersion}): its actions decide whether it can close
 * and its RAG, so its ETag changes with them.
 */
@ApplicationScoped
class ActionMoves {

    /** At most this many actions per recommendation (a page of actions shows them all). */
    static final int MAX_ACTIONS = 200;

    @Inject ActionRepository actions;
    @Inject InspectionService inspections;
    @Inject AppClock clock;

    void add(Recommendation r, NewUpdate body, RecommendationUpdate entry, Instant now) {
        open(r, "gets no new action");
        dueDate(r, body.dueDate(), null);
        if (actions.countOf(r.id) >= MAX_ACTIONS) {
            throw ProblemException.conflict("The recommendation already has " + MAX_ACTIONS + " actions.");
        }
        RecommendationAction a = new RecommendationAction();
        a.created(now);
        a.recommendationId = r.id;
        a.description = body.description().strip();
        a.ownerOrganisation = body.actionOwner().organisation().strip();
        a.ownerRole = body.actionOwner().role().strip();
        a.dueDate = body.dueDate();
        a.status = ActionStatus.OPEN.name();
        a.createdBy = entry.recordedBy;
        actions.persist(a);
        record(a, entry, now);
        entry.dueDate = a.dueDate;
    }

    void reviseDueDate(Recommendation r, NewUpdate body, RecommendationUpdate entry, Instant now) {
        RecommendationAction a = openAction(r, body);
        dueDate(r, body.dueDate(), a.dueDate);
        entry.previousDueDate = a.dueDate;
        entry.dueDate = body.dueDate();
        entry.reason = Text.blankToNull(body.reason());
        a.dueDate = body.dueDate();
        a.dueDateRevisions++;
        record(a, entry, now);
    }

    void changeStatus(Recommendation r, NewUpdate body, RecommendationUpdate entry, Instant now) {
        RecommendationAction a = openAction(r, body);
        a.status = body.actionStatus().name();
        a.evidence = Text.blankToNull(body.evidence());
        a.dropReason = Text.blankToNull(body.reason());
        a.closedAt = now;
        a.closedBy = entry.recordedBy;
        entry.evidence = a.evidence;
        entry.reason = a.dropReason;
        record(a, entry, now);
    }

    /** A 409 naming the OPEN actions when there are any: a recommendation does not close over open work. */
    void requireNoneOpen(Recommendation r, RecommendationStatus target) {
        List<RecommendationAction> open = actions.withStatus(r.id, ActionStatus.OPEN);
        if (!open.isEmpty()) {
            throw ProblemException.conflict("The recommendation cannot move to " + target + " while " + open.size()
                    + " action(s) are OPEN: " + open.stream().map(a -> a.id + " (" + a.description + ")")
                            .collect(Collectors.joining("; "))
                    + ". Mark each DONE (with evidence) or DROPPED (with a reason) first.", open.get(0).id.toString());
        }
    }

    private RecommendationAction openAction(Recommendation r, NewUpdate body) {
        open(r, "has its actions closed");
        RecommendationAction a = actions.requireOf(r.id, body.actionId(), "actionId");
        if (!ActionStatus.OPEN.name().equals(a.status)) {
            throw ProblemException.illegalTransition("Action " + a.id + " is " + a.status + ": it no longer changes.",
                    List.of());
        }
        return a;
    }

    private static void open(Recommendation r, String what) {
        if (RecommendationStatus.valueOf(r.status).isFinal()) {
            throw ProblemException.conflict("The recommendation is " + r.status + " (closed): it " + what + ".");
        }
    }

    /** A due date is not in the past, not before the inspection's publication, and not the current one. */
    private void dueDate(Recommendation r, LocalDate due, LocalDate current) {
        if (due.equals(current)) {
            throw ProblemException.invalid("dueDate", "is already the action's due date");
        }
        if (due.isBefore(clock.today())) {
            throw ProblemException.invalid("dueDate", "must not be in the past");
        }
        if (due.isBefore(inspections.find(r.inspectionId).publishedOn)) {
            throw ProblemException.invalid("dueDate", "must not be before the inspection's publishedOn");
        }
    }

    private static void record(RecommendationAction a, RecommendationUpdate entry, Instant now) {
        a.updatedAt = now;
        entry.actionId = a.id;
        entry.actionStatus = a.status;
    }
}
