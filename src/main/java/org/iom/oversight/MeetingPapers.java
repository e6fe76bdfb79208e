package org.iom.oversight;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iom.inspection.ActionViews.ActionView;
import org.iom.inspection.AgendaReason;
import org.iom.inspection.MeetingViews.MeetingPack;
import org.iom.inspection.MeetingViews.MeetingView;
import org.iom.inspection.MeetingViews.PackItem;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.iom.inspection.TimelineViews.UpdateView;
import org.iom.inspection.UpdateType;

/**
 * A meeting's papers as its pages show them: the API's pack (ADR 0039) with the meeting's own decisions picked out of
 * each item's entries in the window, and the titles of the inspections it reviews.
 */
@TemplateData
public record MeetingPapers(MeetingView meeting, LocalDate asOf, Instant changedFrom, Instant changedUntil,
        List<String> scope, List<Item> items, List<Decision> decisions) {

    /** An agenda item: the pack's, with the decisions this meeting recorded about it. */
    @TemplateData
    public record Item(RecommendationView r, List<AgendaReason> reasons, List<ActionView> actions,
            List<UpdateView> changes, List<UpdateView> decisions) {}

    /** A decision of this meeting, with the recommendation it is about. */
    @TemplateData
    public record Decision(RecommendationView r, UpdateView entry) {}

    static MeetingPapers of(MeetingPack pack, List<String> scope) {
        List<Item> items = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (PackItem p : pack.items()) {
            List<UpdateView> ours = p.changes().stream().filter(e -> e.type() == UpdateType.DECISION
                    && pack.meeting().id().equals(e.meetingId())).toList();
            ours.forEach(e -> decisions.add(new Decision(p.recommendation(), e)));
            items.add(new Item(p.recommendation(), p.reasons(), p.actions(), p.changes(), ours));
        }
        return new MeetingPapers(pack.meeting(), pack.asOf(), pack.changedFrom(), pack.changedUntil(), scope,
                items, decisions);
    }

    /** Why a recommendation is on the agenda, in words. */
    @TemplateExtension
    static String text(AgendaReason reason) {
        return switch (reason) {
            case CHANGED -> "Changed since the last meeting";
            case OVERDUE -> "Overdue";
            case ACTION_OVERDUE -> "An action is overdue";
            case RESPONSE_LATE -> "Response outstanding after it was due";
            case STALE -> "Stale: no update for 90 days or more";
        };
    }
}
