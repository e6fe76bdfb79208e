package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iom.inspection.MeetingViews.AgendaItem;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.jdbi.v3.core.Handle;

/**
 * A meeting's agenda in SQL (ADR 0039), over the derived register ({@link RegisterQuery#DERIVED}) so that overdue,
 * stale and RAG mean what they mean everywhere else.
 */
@ApplicationScoped
public class AgendaQuery {

    /** A meeting's window and scope: changes in [from, until), the inspections reviewed (empty: all). */
    record Window(Instant from, Instant until, List<UUID> inspectionIds, RegisterRules.AsOf asOf) {}

    /** A recommendation that may be on the agenda, with each reason it might be there. */
    record AgendaRow(UUID id, UUID inspectionId, String inspectionTitle, String number, RecommendationStatus status,
            RecommendationRag rag, boolean changed, boolean overdue, boolean actionOverdue, boolean responseOutstanding,
            boolean stale, List<UUID> actionsChanged, List<UUID> actionsOverdue) {

        AgendaItem item() {
            List<AgendaReason> reasons = new ArrayList<>();
            add(reasons, changed, AgendaReason.CHANGED);
            add(reasons, overdue, AgendaReason.OVERDUE);
            add(reasons, actionOverdue, AgendaReason.ACTION_OVERDUE);
            add(reasons, responseOutstanding, AgendaReason.RESPONSE_LATE);
            add(reasons, stale, AgendaReason.STALE);
            return new AgendaItem(id, inspectionId, inspectionTitle, number, status, rag, reasons,
                    actionsChanged == null ? List.of() : actionsChanged,
                    actionsOverdue == null ? List.of() : actionsOverdue);
        }

        private static void add(List<AgendaReason> reasons, boolean yes, AgendaReason reason) {
            if (yes) {
                reasons.add(reason);
            }
        }
    }

    private static final String ITEMS = """
            select x.* from (
                select d.id, d.inspection_id, d.inspection_title, d.number, d.status, d.rag, d.published_on,
                       (exists (select 1 from recommendation_update u where u.recommendation_id = d.id
                                and u.recorded_at >= :from and u.recorded_at < :until)
                        or (d.updated_at >= :from and d.updated_at < :until)
                        or d.created_at >= :from) as changed,
                       d.overdue, d.action_overdue, d.stale,
                       (d.response_late and d.response_decided_on is null and not d.is_final) as response_outstanding,
                       array(select distinct u.action_id from recommendation_update u
                             where u.recommendation_id = d.id and u.action_id is not null
                               and u.recorded_at >= :from and u.recorded_at < :until) as actions_changed,
                       array(select a.id from recommendation_action a where a.recommendation_id = d.id
                             and a.status = :actionOpen and a.due_date < cast(:today as date)
                             order by a.id) as actions_overdue
                from (%s) d
                where d.created_at < :until
                  and (cardinality(cast(:inspections as uuid[])) = 0 or d.inspection_id = any(:inspections))
            ) x
            where x.changed or x.overdue or x.action_overdue or x.response_outstanding or x.stale
            order by x.published_on desc, x.inspection_id, length(x.number), x.number, x.id
            """.formatted(RegisterQuery.DERIVED);

    List<AgendaItem> items(Handle h, Window w) {
        return RegisterQuery.bindRules(h.createQuery(ITEMS), w.asOf()).bind("from", w.from()).bind("until", w.until())
                .bindArray("inspections", UUID.class, w.inspectionIds())
                .mapTo(AgendaRow.class).map(AgendaRow::item).list();
    }

    /** The recommendations as the register shows them (no live figures), in the order of {@code ids}. */
    List<RecommendationView> recommendations(Handle h, List<UUID> ids, RegisterRules.AsOf asOf) {
        List<RegisterRow> rows = RegisterQuery.bindRules(h.createQuery("select d.* from (" + RegisterQuery.DERIVED
                        + ") d where d.id = any(:ids)"), asOf).bindArray("ids", UUID.class, ids)
                .mapTo(RegisterRow.class).list();
        return ids.stream().flatMap(id -> rows.stream().filter(r -> r.id().equals(id)).limit(1))
                .map(r -> r.view(null)).toList();
    }
}
