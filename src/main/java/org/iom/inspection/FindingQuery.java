package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** An inspection's findings (ADR 0027), in the report's order. */
@ApplicationScoped
public class FindingQuery {

    /** A finding as stored, mapped by column name. */
    record FindingRow(UUID id, int position, String topic, BaselineKind baselineKind, BigDecimal baselineValue,
            BigDecimal baselineOutOf, LocalDate reportedOn, String page, boolean verified, String source, String note,
            String liveFigure) {}

    List<FindingRow> of(Handle h, UUID inspectionId) {
        return h.createQuery("""
                        select id, position, topic, baseline_kind, baseline_value, baseline_out_of, reported_on, page,
                               verified, source, note, live_figure
                        from inspection_finding where inspection_id = :inspectionId order by position""")
                .bind("inspectionId", inspectionId).mapTo(FindingRow.class).list();
    }
}
