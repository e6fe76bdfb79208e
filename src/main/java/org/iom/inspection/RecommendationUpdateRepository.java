package org.iom.inspection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RecommendationUpdateRepository implements PanacheRepositoryBase<RecommendationUpdate, UUID> {}
