package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.ProblemException;
import org.iom.inspection.TimelineViews.NewUpdate;
import org.iom.inspection.TimelineViews.UpdatePage;
import org.iom.inspection.TimelineViews.UpdateView;
import org.iom.security.Caller;

/**
 * A recommendation's timeline: the append-only entries through which its status and target date move
 * ({@link Lifecycle}), and reading them back.
 */
@ApplicationScoped
@Transactional
public class TimelineService {

    @Inject RecommendationRepository recommendations;
    @Inject RecommendationUpdateRepository updates;
    @Inject Lifecycle lifecycle;
    @Inject ActionMoves actions;
    @Inject Decisions decisions;
    @Inject AppClock clock;
    @Inject Caller caller;

    /** A new timeline entry and the recommendation's version after it (its new ETag). */
    public record CreatedUpdate(UpdateView entry, long recommendationVersion) {}

    public CreatedUpdate add(UUID id, String ifMatch, NewUpdate body) {
        Recommendation r = recommendations.requireForUpdate(id);
        TimelineEntryRules.check(body);
        // A comment or a decision changes nothing on the recommendation, so it does not need If-Match (checked when
        // sent).
        boolean record = body.type() == UpdateType.COMMENT || body.type() == UpdateType.DECISION;
        if (!record || ifMatch != null) {
            ETags.check(ifMatch, r.version);
        }
        Instant now = clock.now();
        RecommendationUpdate entry = RecommendationUpdate.of(r.id, body.type(), caller.subject(), now);
        entry.note = Text.blankToNull(body.note());
        switch (body.type()) {
            case COMMENT -> { }
            case STATUS_CHANGE -> lifecycle.changeStatus(r, body.status(), body.supersededBy(),
                    Text.blankToNull(body.evidence()), entry, now);
            case TARGET_DATE_REVISION -> lifecycle.reviseTargetDate(r, body.targetDate(),
                    Text.blankToNull(body.reason()), entry, now);
            case ACTION_ADDED -> actions.add(r, body, entry, now);
            case ACTION_DUE_DATE_REVISION -> actions.reviseDueDate(r, body, entry, now);
            case ACTION_STATUS_CHANGE -> actions.changeStatus(r, body, entry, now);
            case DECISION -> decisions.record(r, body, entry);
        }
        if (body.type().name().startsWith("ACTION_")) {
            recommendations.bumpVersion(r);
        }
        updates.persist(entry);
        recommendations.flush();
        return new CreatedUpdate(view(entry), r.version);
    }

    /** A page of the timeline, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UpdatePage timeline(UUID id, TimelinePaging paging) {
        recommendations.require(id);
        int limit = paging.pageSize();
        List<RecommendationUpdate> rows = updates.page(id, PageCut.afterId(paging.cursor()), limit);
        PageCut<UpdateView> page = PageCut.of(rows.stream().map(TimelineService::view).toList(), limit,
                v -> new Object[] {v.id()});
        return new UpdatePage(page.items(), page.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UpdateView entry(UUID id, UUID updateId) {
        return updates.findByIdOptional(updateId)
                .filter(e -> e.recommendationId.equals(id))
                .map(TimelineService::view)
                .orElseThrow(() -> ProblemException.notFound("Timeline entry", updateId));
    }

    static UpdateView view(RecommendationUpdate u) {
        return new UpdateView(u.id, UpdateType.valueOf(u.type), u.note,
                u.status == null ? null : RecommendationStatus.valueOf(u.status),
                u.previousStatus == null ? null : RecommendationStatus.valueOf(u.previousStatus), u.supersededBy,
                u.targetDate, u.previousTargetDate, u.reason, u.evidence, u.recordedBy, u.recordedAt, u.actionId,
                u.actionStatus == null ? null : ActionStatus.valueOf(u.actionStatus), u.dueDate, u.previousDueDate,
                u.meetingId, u.decision == null ? null : MeetingDecision.valueOf(u.decision));
    }
}
