package org.iom.common.db;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * The columns every append-only record shares (needs assessments, outcome reviews, timeline entries): a UUID v7 id
 * ({@link org.iom.common.Ids}) and when it was recorded. Such rows are never changed (the database refuses it).
 */
@MappedSuperclass
public abstract class RecordedEntity {

    @Id public UUID id;

    @Column(updatable = false)
    public Instant recordedAt;
}
