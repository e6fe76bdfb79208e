package org.iom.caseload;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Outcome reviews: written here (append-only); read with {@link OutcomeReviewQuery}. */
@ApplicationScoped
public class OutcomeReviewRepository implements PanacheRepositoryBase<OutcomeReview, UUID> {}
