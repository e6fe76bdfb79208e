package org.iom.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.iom.reference.ReferenceViews.ForceName;
import org.iom.reference.ReferenceViews.PoliceForceView;
import org.iom.reference.ReferenceViews.ProbationRegionView;

/** Read access to police forces and probation regions; other features use it to check ids. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceService {

    @Inject
    EntityManager em;

    public List<PoliceForceView> forces() {
        return em.createQuery("select distinct f from PoliceForce f left join fetch f.names order by f.id",
                PoliceForce.class).getResultList().stream().map(ReferenceService::view).toList();
    }

    public Optional<PoliceForceView> force(String id) {
        return em.createQuery("select f from PoliceForce f left join fetch f.names where f.id = :id", PoliceForce.class)
                .setParameter("id", id).getResultStream().findFirst().map(ReferenceService::view);
    }

    public boolean forceExists(String id) {
        return id != null && em.find(PoliceForce.class, id) != null;
    }

    public List<ProbationRegionView> regions() {
        return em.createQuery("select new org.iom.reference.ReferenceViews$ProbationRegionView(r.code, r.name)"
                + " from ProbationRegion r order by r.code", ProbationRegionView.class).getResultList();
    }

    public Optional<ProbationRegionView> region(String code) {
        return Optional.ofNullable(em.find(ProbationRegion.class, code)).map(r -> new ProbationRegionView(r.code, r.name));
    }

    public boolean regionExists(String code) {
        return code != null && em.find(ProbationRegion.class, code) != null;
    }

    private static PoliceForceView view(PoliceForce f) {
        List<ForceName> names = f.names.stream()
                .sorted(java.util.Comparator.comparing((PoliceForce.Name n) -> n.validTo == null)
                        .thenComparing(n -> n.validFrom, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .map(n -> new ForceName(n.name, n.validFrom, n.validTo, n.note)).toList();
        return new PoliceForceView(f.id, f.name, f.country, names);
    }
}
