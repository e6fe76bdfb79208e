package org.iom.inspection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.iom.common.ProblemException;

@ApplicationScoped
public class ActionRepository implements PanacheRepositoryBase<RecommendationAction, UUID> {

    /** The action of this recommendation, or a 400 naming {@code field} (the action is part of the request body). */
    public RecommendationAction requireOf(UUID recommendationId, UUID actionId, String field) {
        return findByIdOptional(actionId).filter(a -> a.recommendationId.equals(recommendationId))
                .orElseThrow(() -> ProblemException.invalid(field, "no action " + actionId + " on this recommendation"));
    }

    /** The recommendation's actions with this status, oldest first. */
    public List<RecommendationAction> withStatus(UUID recommendationId, ActionStatus status) {
        return list("recommendationId = ?1 and status = ?2 order by id", recommendationId, status.name());
    }

    public long countOf(UUID recommendationId) {
        return count("recommendationId", recommendationId);
    }
}
