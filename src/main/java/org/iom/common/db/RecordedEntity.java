package org.iom.common.db;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.iom.common.Ids;

/**
 * The columns every append-only record shares (needs assessments, outcome reviews, timeline entries): a UUID v7 id
 * ({@link Ids}) and when it was recorded. Such rows are never changed (the database refuses it).
 */
@MappedSuperclass
public abstract class RecordedEntity {

    @Id public UUID id;

    @Column(updatable = false)
    public Instant recordedAt;

    /** Makes this a new record: a new UUID v7 id ({@link Ids#newId()}), recorded at {@code at}. */
    protected void recorded(Instant at) {
        id = Ids.newId();
        recordedAt = at;
    }
}
