package org.iom.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One timeline entry. Immutable: inserted once, never updated or deleted (the database refuses both). */
@Entity
@Immutable
@Table(name = "recommendation_update")
public class RecommendationUpdate {

    @Id
    @Column(name = "id")
    public UUID id;

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

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
