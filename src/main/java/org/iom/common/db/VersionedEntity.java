package org.iom.common.db;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The columns every mutable aggregate shares (schemes, cases, inspections, recommendations): a UUID v7 id
 * ({@link org.iom.common.Ids}), the {@code @Version} its ETag comes from ({@link org.iom.common.ETags}), and when it
 * was created and last changed.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
