package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.db.Database;
import org.iom.inspection.ActionViews.ActionView;
import org.iom.inspection.MeetingViews.Agenda;
import org.iom.inspection.MeetingViews.AgendaItem;
import org.iom.inspection.MeetingViews.MeetingPack;
import org.iom.inspection.MeetingViews.PackItem;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.iom.inspection.TimelineViews.UpdateView;

/**
 * A meeting's agenda and pack, computed when asked (ADR 0039): read methods returning records, usable from any
 * resource. The window runs from the start (UK) of the group's previous meeting's day to the end of this meeting's
 * day; overdue, stale and late responses are as of today, or the meeting's date when it is past.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgendaService {

    @Inject MeetingRepository meetings;
    @Inject MeetingService meetingViews;
    @Inject RecommendationUpdateRepository updates;
    @Inject ActionService actions;
    @Inject AgendaQuery query;
    @Inject Database database;
    @Inject AppClock clock;

    public Agenda agenda(UUID meetingId) {
        Meeting m = meetings.require(meetingId);
        AgendaQuery.Window w = window(m);
        List<AgendaItem> items = database.inTransaction(h -> query.items(h, w));
        return new Agenda(meetingViews.view(m), w.asOf().today(), shownFrom(m, w), w.until(), items);
    }

    public MeetingPack pack(UUID meetingId) {
        Meeting m = meetings.require(meetingId);
        AgendaQuery.Window w = window(m);
        List<AgendaItem> items = database.inTransaction(h -> query.items(h, w));
        List<UUID> ids = items.stream().map(AgendaItem::recommendationId).toList();
        List<RecommendationView> views = ids.isEmpty() ? List.of()
                : database.inTransaction(h -> query.recommendations(h, ids, w.asOf()));
        Map<UUID, List<ActionView>> byRecommendation = actions.of(ids);
        List<PackItem> pack = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            UUID id = ids.get(k);
            pack.add(new PackItem(views.get(k), items.get(k).reasons(), byRecommendation.getOrDefault(id, List.of()),
                    changes(id, w)));
        }
        return new MeetingPack(meetingViews.view(m), w.asOf().today(), shownFrom(m, w), w.until(), pack);
    }

    /** Whether the recommendation is on the meeting's agenda now. */
    boolean onAgenda(Meeting m, UUID recommendationId) {
        AgendaQuery.Window w = window(m);
        return database.inTransaction(h -> query.items(h, w)).stream()
                .anyMatch(i -> i.recommendationId().equals(recommendationId));
    }

    private List<UpdateView> changes(UUID recommendationId, AgendaQuery.Window w) {
        return updates.list("recommendationId = ?1 and recordedAt >= ?2 and recordedAt < ?3 order by id",
                recommendationId, w.from(), w.until()).stream().map(TimelineService::view).toList();
    }

    private AgendaQuery.Window window(Meeting m) {
        Instant from = meetings.previous(m).map(p -> p.heldOn.atStartOfDay(AppClock.UK).toInstant())
                .orElse(Instant.EPOCH);
        Instant until = m.heldOn.plusDays(1).atStartOfDay(AppClock.UK).toInstant();
        LocalDate today = clock.today();
        LocalDate asOf = m.heldOn.isBefore(today) ? m.heldOn : today;
        return new AgendaQuery.Window(from, until, Arrays.asList(m.inspectionIds), RegisterRules.AsOf.of(asOf));
    }

    private static Instant shownFrom(Meeting m, AgendaQuery.Window w) {
        return Instant.EPOCH.equals(w.from()) ? null : w.from();
    }
}
