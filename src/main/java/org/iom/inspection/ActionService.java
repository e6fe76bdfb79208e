package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.inspection.ActionViews.ActionPage;
import org.iom.inspection.ActionViews.ActionView;

/**
 * Reads of recommendations' action plans, for the API and for other resources (views as records). Actions change
 * only through the recommendation's timeline ({@link TimelineService}, {@link ActionMoves}).
 */
@ApplicationScoped
public class ActionService {

    @Inject Database database;
    @Inject ActionQuery query;
    @Inject RegisterService register;
    @Inject AppClock clock;

    /** A page of the recommendation's actions, oldest first (404 when there is no such recommendation). */
    public ActionPage page(UUID recommendationId, TimelinePaging paging) {
        register.get(recommendationId);
        int limit = paging.pageSize();
        UUID after = PageCut.afterId(paging.cursor());
        List<ActionView> rows = database.inTransaction(h -> query.page(h, recommendationId, after, limit,
                clock.today()));
        PageCut<ActionView> page = PageCut.of(rows, limit, v -> new Object[] {v.id()});
        return new ActionPage(page.items(), page.nextCursor());
    }

    public ActionView get(UUID recommendationId, UUID actionId) {
        return database.inTransaction(h -> query.one(h, recommendationId, actionId, clock.today())).stream()
                .findFirst().orElseThrow(() -> ProblemException.notFound("Action", actionId));
    }

    /** Every action of these recommendations, by recommendation id (each list oldest first; none: absent). */
    public Map<UUID, List<ActionView>> of(List<UUID> recommendationIds) {
        Map<UUID, List<ActionView>> by = new LinkedHashMap<>();
        if (recommendationIds.isEmpty()) {
            return by;
        }
        for (ActionView a : database.inTransaction(h -> query.of(h, recommendationIds, clock.today()))) {
            by.computeIfAbsent(a.recommendationId(), k -> new ArrayList<>()).add(a);
        }
        return by;
    }
}
