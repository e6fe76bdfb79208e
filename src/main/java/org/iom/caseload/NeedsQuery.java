package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.Nested;

/** A case's needs assessments, read with the one read layer (ADR 0027); the columns come from {@link NeedArea}. */
@ApplicationScoped
public class NeedsQuery {

    private static final String HISTORY = "select id, assessed_on, " + NeedArea.columns() + ", recorded_by, recorded_at"
            + " from needs_assessment where case_id = :caseId order by assessed_on desc, recorded_at desc, id desc";

    /** A row of needs_assessment: the ten severities map by name onto {@link Needs}. */
    record Row(UUID id, LocalDate assessedOn, @Nested Needs needs, String recordedBy, Instant recordedAt) {
        NeedsAssessmentView view() {
            return new NeedsAssessmentView(id, assessedOn, needs, recordedBy, recordedAt);
        }
    }

    /** Every assessment of the case, newest first (the first is the current one), in one statement. */
    List<NeedsAssessmentView> history(Handle h, UUID caseId) {
        return h.createQuery(HISTORY).bind("caseId", caseId).mapTo(Row.class).map(Row::view).list();
    }
}
