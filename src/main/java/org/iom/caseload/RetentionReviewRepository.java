package org.iom.caseload;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Retention review decisions: written here (append-only); read with {@link RetentionQuery}. */
@ApplicationScoped
public class RetentionReviewRepository implements PanacheRepositoryBase<RetentionReview, UUID> {}
