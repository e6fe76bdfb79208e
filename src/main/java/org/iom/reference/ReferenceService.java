package org.iom.reference;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.iom.reference.ReferenceViews.ForceName;
import org.iom.reference.ReferenceViews.PoliceForceView;
import org.iom.reference.ReferenceViews.ProbationRegionView;

/** Read access to police forces and probation regions; other features use it to check ids. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceService {

    /** A force's names: the current one last, the former ones by when they began (unknown first). */
    private static final Comparator<PoliceForce.Name> NAME_ORDER = Comparator
            .comparing((PoliceForce.Name n) -> n.validTo == null)
            .thenComparing(n -> n.validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Inject PoliceForceRepository forces;
    @Inject ProbationRegionRepository regions;

    public List<PoliceForceView> forces() {
        return forces.listWithNames().stream().map(ReferenceService::view).toList();
    }

    public Optional<PoliceForceView> force(String id) {
        return forces.findWithNames(id).map(ReferenceService::view);
    }

    public boolean forceExists(String id) {
        return id != null && forces.findByIdOptional(id).isPresent();
    }

    public List<ProbationRegionView> regions() {
        return regions.listAll(Sort.by("code")).stream().map(ReferenceService::view).toList();
    }

    public Optional<ProbationRegionView> region(String code) {
        return regions.findByIdOptional(code).map(ReferenceService::view);
    }

    public boolean regionExists(String code) {
        return code != null && regions.findByIdOptional(code).isPresent();
    }

    private static PoliceForceView view(PoliceForce f) {
        List<ForceName> names = f.names.stream().sorted(NAME_ORDER)
                .map(n -> new ForceName(n.name, n.validFrom, n.validTo, n.note)).toList();
        return new PoliceForceView(f.id, f.name, f.country, names);
    }

    private static ProbationRegionView view(ProbationRegion r) {
        return new ProbationRegionView(r.code, r.name);
    }
}
