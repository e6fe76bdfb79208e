package org.iom.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The probation regions (seeded by Flyway, read-only). */
@ApplicationScoped
public class ProbationRegionRepository implements PanacheRepositoryBase<ProbationRegion, String> {
}
