package org.iom.inspection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RecommendationUpdateRepository implements PanacheRepositoryBase<RecommendationUpdate, UUID> {

    /** At most {@code limit} + 1 entries of a recommendation's timeline, oldest first, after {@code after} (null: first). */
    public List<RecommendationUpdate> page(UUID recommendationId, UUID after, int limit) {
        return (after == null
                ? find("recommendationId = ?1 order by id", recommendationId)
                : find("recommendationId = ?1 and id > ?2 order by id", recommendationId, after))
                .range(0, limit).list();
    }
}
