package org.iom.inspection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iom.inspection.ActionViews.ActionView;
import org.iom.inspection.MeetingViews.PackItem;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.iom.inspection.TimelineViews.UpdateView;

/**
 * A meeting pack as CSV rows (written by the one CSV writer, {@link org.iom.common.csv.CsvWriter}, with its
 * formula-injection rule): per agenda item, a RECOMMENDATION row, then an ACTION row per action, then a CHANGE row per
 * timeline entry in the window.
 */
final class MeetingPackCsv {

    static final List<String> COLUMNS = List.of("section", "recommendationId", "inspectionTitle", "number", "reasons",
            "status", "rag", "targetDate", "overdue", "responseLate", "stale", "text", "actionId", "ownerOrganisation",
            "ownerRole", "dueDate", "actionStatus", "actionOverdue", "changeType", "recordedAt", "recordedBy",
            "detail");

    private MeetingPackCsv() {}

    static List<List<?>> rows(List<PackItem> items) {
        List<List<?>> rows = new ArrayList<>();
        for (PackItem item : items) {
            RecommendationView r = item.recommendation();
            String reasons = item.reasons().stream().map(Enum::name).collect(Collectors.joining("; "));
            rows.add(Arrays.asList("RECOMMENDATION", r.id(), r.inspectionTitle(), r.number(), reasons, r.status(),
                    r.rag(), r.targetDate(), r.overdue(), r.responseLate(), r.stale(), r.text(), null, null, null,
                    null, null, null, null, null, null, null));
            for (ActionView a : item.actions()) {
                rows.add(Arrays.asList("ACTION", r.id(), r.inspectionTitle(), r.number(), reasons, null, null, null,
                        null, null, null, a.description(), a.id(), a.owner().organisation(), a.owner().role(),
                        a.dueDate(), a.status(), a.overdue(), null, null, null,
                        a.evidence() != null ? a.evidence() : a.dropReason()));
            }
            for (UpdateView u : item.changes()) {
                rows.add(Arrays.asList("CHANGE", r.id(), r.inspectionTitle(), r.number(), reasons, u.status(), null,
                        u.targetDate(), null, null, null, null, u.actionId(), null, null, u.dueDate(),
                        u.actionStatus(), null, u.type(), u.recordedAt(), u.recordedBy(), detail(u)));
            }
        }
        return rows;
    }

    /** The entry's free text and decision in one cell. */
    private static String detail(UpdateView u) {
        String text = Stream.of(u.decision() == null ? null : u.decision() + " (meeting " + u.meetingId() + ")",
                        u.note(), u.reason(), u.evidence())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" | "));
        return text.isEmpty() ? null : text;
    }
}
