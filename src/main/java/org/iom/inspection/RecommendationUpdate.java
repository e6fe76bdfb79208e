package org.iom.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.iom.common.db.RecordedEntity;

/** One timeline entry. Immutable: inserted once, never updated or deleted (the database refuses both). */
@Entity
@Immutable
@Table(name = "recommendation_update")
public class RecommendationUpdate extends RecordedEntity {

    public UUID recommendationId;
    public String type;
    public String note;
    public String status;
    public String previousStatus;
    public UUID supersededBy;
    public LocalDate targetDate;
    public LocalDate previousTargetDate;
    public String reason;
    public String evidence;
    public String recordedBy;
    public UUID actionId;
    public String actionStatus;
    public LocalDate dueDate;
    public LocalDate previousDueDate;
    public UUID meetingId;
    public String decision;

    /** A new entry of {@code type} on the recommendation, recorded now by {@code recordedBy}. */
    static RecommendationUpdate of(UUID recommendationId, UpdateType type, String recordedBy, Instant now) {
        RecommendationUpdate e = new RecommendationUpdate();
        e.recorded(now);
        e.recommendationId = recommendationId;
        e.type = type.name();
        e.recordedBy = recordedBy;
        return e;
    }
}
