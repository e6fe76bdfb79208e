package org.iom.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.iom.common.Ids;
import org.iom.common.db.RecordedEntity;

/** One timeline entry. Immutable: inserted once, never updated or deleted (the database refuses both). */
@Entity
@Immutable
@Table(name = "recommendation_update")
public class RecommendationUpdate extends RecordedEntity {

    @Column(name = "recommendation_id")
    public UUID recommendationId;

    @Column(name = "type")
    public String type;

    @Column(name = "note")
    public String note;

    @Column(name = "status")
    public String status;

    @Column(name = "previous_status")
    public String previousStatus;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(name = "previous_target_date")
    public LocalDate previousTargetDate;

    @Column(name = "reason")
    public String reason;

    @Column(name = "evidence")
    public String evidence;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** A new entry of {@code type} on the recommendation, recorded now by {@code recordedBy}. */
    static RecommendationUpdate of(UUID recommendationId, UpdateType type, String recordedBy, Instant now) {
        RecommendationUpdate e = new RecommendationUpdate();
        e.id = Ids.newId();
        e.recommendationId = recommendationId;
        e.type = type.name();
        e.recordedBy = recordedBy;
        e.recordedAt = now;
        return e;
    }
}
