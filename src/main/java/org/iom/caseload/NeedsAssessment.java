package org.iom.caseload;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One needs assessment of a case: append-only (the newest is the current one). */
@Entity
@Immutable
@Table(name = "needs_assessment")
public class NeedsAssessment extends CaseRecordEntity {

    public LocalDate assessedOn;
    @Embedded public Needs needs;

    /** A new assessment of case {@code c}, recorded now by {@code recordedBy}. */
    static NeedsAssessment of(CaseRef c, NewNeedsAssessment body, String recordedBy, Instant now) {
        NeedsAssessment a = new NeedsAssessment();
        a.recordOf(c, recordedBy, now);
        a.assessedOn = body.assessedOn();
        a.needs = body.needs();
        return a;
    }

    NeedsAssessmentView view() {
        return new NeedsAssessmentView(id, assessedOn, needs, recordedBy, recordedAt);
    }
}
