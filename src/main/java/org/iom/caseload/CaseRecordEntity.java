package org.iom.caseload;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.iom.common.db.RecordedEntity;

/**
 * The columns every append-only record of a case shares (needs assessments, outcome reviews): the case, its scheme
 * (for the statistics and the scope), and who recorded it when.
 */
@MappedSuperclass
public abstract class CaseRecordEntity extends RecordedEntity {

    public UUID caseId;
    public UUID schemeId;
    public String recordedBy;

    /** Makes this a new record (a new UUID v7) of case {@code c}, recorded by {@code by} at {@code at}. */
    void recordOf(CaseRef c, String by, Instant at) {
        recorded(at);
        caseId = c.id();
        schemeId = c.schemeId();
        recordedBy = by;
    }
}
