package org.iom.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.iom.common.db.VersionedEntity;

/**
 * One action of a recommendation's action plan (entity: never leaves the service layer). It changes only through
 * entries of the recommendation's timeline ({@link ActionMoves}).
 */
@Entity
@Table(name = "recommendation_action")
public class RecommendationAction extends VersionedEntity {

    public UUID recommendationId;
    public String description;
    public String ownerOrganisation;
    public String ownerRole;
    public LocalDate dueDate;
    public int dueDateRevisions;
    public String status;
    public String evidence;
    public String dropReason;
    public Instant closedAt;
    public String closedBy;
    public String createdBy;
}
