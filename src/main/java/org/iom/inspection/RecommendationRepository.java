package org.iom.inspection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {

    /** Loads a recommendation for a change, locking its row so concurrent transitions queue rather than interleave. */
    public Optional<Recommendation> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean existsInInspection(UUID inspectionId, String number) {
        return count("inspectionId = ?1 and number = ?2", inspectionId, number) > 0;
    }
}
