package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iom.common.db.Where;
import org.iom.inspection.ActionViews.ActionOwner;
import org.iom.inspection.ActionViews.ActionView;
import org.jdbi.v3.core.Handle;

/** Reads of recommendations' actions (ADR 0027), with {@code overdue} computed for today's UK date. */
@ApplicationScoped
public class ActionQuery {

    private static final String SELECT = """
            select a.*, (a.status = :open and a.due_date < cast(:today as date)) as overdue
            from recommendation_action a
            """;

    /** A row of {@link #SELECT}, mapped by column name. */
    record ActionRow(UUID id, UUID recommendationId, String description, String ownerOrganisation, String ownerRole,
            LocalDate dueDate, int dueDateRevisions, ActionStatus status, boolean overdue, String evidence,
            String dropReason, Instant closedAt, String closedBy, String createdBy, Instant createdAt) {

        ActionView view() {
            return new ActionView(id, recommendationId, description, new ActionOwner(ownerOrganisation, ownerRole),
                    dueDate, dueDateRevisions, status, overdue, evidence, dropReason, closedAt, closedBy, createdBy,
                    createdAt);
        }
    }

    /** At most {@code limit} + 1 actions of the recommendation, oldest first, after {@code after} (null: first). */
    List<ActionView> page(Handle h, UUID recommendationId, UUID after, int limit, LocalDate today) {
        Where w = new Where().and(recommendationId, "a.recommendation_id = :recommendationId", "recommendationId")
                .and(after, "a.id > :after", "after");
        return h.createQuery(SELECT + w.sql() + " order by a.id limit :limit").bindMap(w.params())
                .bind("limit", limit + 1).bind("open", ActionStatus.OPEN.name()).bind("today", today)
                .mapTo(ActionRow.class).map(ActionRow::view).list();
    }

    /** Every action of these recommendations, by recommendation, oldest first. */
    List<ActionView> of(Handle h, List<UUID> recommendationIds, LocalDate today) {
        return h.createQuery(SELECT + " where a.recommendation_id = any(:ids) order by a.recommendation_id, a.id")
                .bindArray("ids", UUID.class, recommendationIds).bind("open", ActionStatus.OPEN.name())
                .bind("today", today).mapTo(ActionRow.class).map(ActionRow::view).list();
    }

    List<ActionView> one(Handle h, UUID recommendationId, UUID actionId, LocalDate today) {
        return h.createQuery(SELECT + " where a.recommendation_id = :recommendationId and a.id = :id")
                .bind("recommendationId", recommendationId).bind("id", actionId)
                .bind("open", ActionStatus.OPEN.name()).bind("today", today)
                .mapTo(ActionRow.class).map(ActionRow::view).list();
    }
}
