package org.iom.inspection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iom.common.ProblemException;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {

    /** The recommendation, or a 404. */
    public Recommendation require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Recommendation", id));
    }

    /** The recommendation for a change, or a 404; its row is locked so concurrent transitions queue, not interleave. */
    public Recommendation requireForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Recommendation", id));
    }

    /** Moves the (locked) recommendation's version on now, though none of its columns changed: its ETag changes. */
    public void bumpVersion(Recommendation r) {
        getEntityManager().lock(r, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** The recommendations of the inspection with this number (at most one). */
    public List<Recommendation> numbered(UUID inspectionId, String number) {
        return list("inspectionId = ?1 and number = ?2", inspectionId, number);
    }
}
