package org.iom.common.db;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.iom.common.Ids;

/**
 * The columns every mutable aggregate shares (schemes, cases, inspections, recommendations): a UUID v7 id
 * ({@link Ids}), the {@code @Version} its ETag comes from ({@link org.iom.common.ETags}), and when it
 * was created and last changed.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id public UUID id;

    @Version public long version;

    @Column(updatable = false)
    public Instant createdAt;
    public Instant updatedAt;

    /** Makes this a new row: a new UUID v7 id ({@link Ids#newId()}), created and last changed at {@code at}. */
    public void created(Instant at) {
        id = Ids.newId();
        createdAt = at;
        updatedAt = at;
    }
}
