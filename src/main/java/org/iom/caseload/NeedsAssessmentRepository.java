package org.iom.caseload;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Needs assessments: written here (append-only); read with {@link NeedsQuery}. */
@ApplicationScoped
public class NeedsAssessmentRepository implements PanacheRepositoryBase<NeedsAssessment, UUID> {}
