package org.iom.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The police forces (seeded by Flyway, read-only), each read with its names in the same query. */
@ApplicationScoped
public class PoliceForceRepository implements PanacheRepositoryBase<PoliceForce, String> {

    /** Every force, in id order. */
    List<PoliceForce> listWithNames() {
        return find("select distinct f from PoliceForce f left join fetch f.names order by f.id").list();
    }

    Optional<PoliceForce> findWithNames(String id) {
        return find("select f from PoliceForce f left join fetch f.names where f.id = ?1", id).list().stream().findFirst();
    }
}
