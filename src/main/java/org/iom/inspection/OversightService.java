package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.inspection.InspectionViews.AddresseeCounts;
import org.iom.inspection.InspectionViews.InspectionTracking;
import org.iom.inspection.InspectionViews.OversightSummary;
import org.iom.inspection.InspectionViews.StatusCounts;
import org.iom.inspection.InspectionViews.TrackingCounts;

/** The oversight group's summary of the register, aggregated in SQL. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OversightService {

    @Inject
    RegisterQuery register;

    public OversightSummary summary(RegisterQuery.Filter filter) {
        RegisterQuery.AsOf asOf = register.asOf();
        Map<UUID, Accumulator> perInspection = new LinkedHashMap<>();
        Accumulator totals = new Accumulator();
        for (Tuple t : register.trackingByInspectionAndStatus(filter, asOf)) {
            UUID id = RegisterQuery.uuid(t.get("inspection_id"));
            perInspection.computeIfAbsent(id, k -> new Accumulator()).add(t);
            totals.add(t);
        }
        Map<String, EnumMap<RecommendationStatus, Long>> byAddressee = new LinkedHashMap<>();
        for (Tuple t : register.byAddresseeAndStatus(filter, asOf)) {
            byAddressee.computeIfAbsent((String) t.get("addressee"), k -> new EnumMap<>(RecommendationStatus.class))
                    .merge(RecommendationStatus.valueOf((String) t.get("status")), num(t, "n"), Long::sum);
        }
        List<InspectionTracking> inspections = new ArrayList<>();
        for (Tuple t : register.inspectionsFor(filter, List.copyOf(perInspection.keySet()))) {
            UUID id = RegisterQuery.uuid(t.get("id"));
            Accumulator a = perInspection.getOrDefault(id, new Accumulator());
            inspections.add(new InspectionTracking(id, (String) t.get("title"), RegisterQuery.date(t.get("published_on")),
                    a.counts()));
        }
        List<AddresseeCounts> addressees = byAddressee.entrySet().stream()
                .map(e -> new AddresseeCounts(e.getKey(), statusCounts(e.getValue()))).toList();
        return new OversightSummary(asOf.today(), totals.counts(), addressees, inspections);
    }

    private static long num(Tuple t, String alias) {
        return ((Number) t.get(alias)).longValue();
    }

    static StatusCounts statusCounts(Map<RecommendationStatus, Long> m) {
        long total = m.values().stream().mapToLong(Long::longValue).sum();
        return new StatusCounts(total, m.getOrDefault(RecommendationStatus.OPEN, 0L),
                m.getOrDefault(RecommendationStatus.IN_PROGRESS, 0L),
                m.getOrDefault(RecommendationStatus.IMPLEMENTED, 0L),
                m.getOrDefault(RecommendationStatus.PARTLY_IMPLEMENTED, 0L),
                m.getOrDefault(RecommendationStatus.NOT_IMPLEMENTED, 0L),
                m.getOrDefault(RecommendationStatus.SUPERSEDED, 0L),
                m.getOrDefault(RecommendationStatus.WITHDRAWN, 0L));
    }

    private static final class Accumulator {
        final EnumMap<RecommendationStatus, Long> byStatus = new EnumMap<>(RecommendationStatus.class);
        long overdue;
        long due30;
        long due90;
        long late;
        long stale;
        long red;
        long amber;
        long green;

        void add(Tuple t) {
            byStatus.merge(RecommendationStatus.valueOf((String) t.get("status")), num(t, "n"), Long::sum);
            overdue += num(t, "overdue");
            due30 += num(t, "due30");
            due90 += num(t, "due90");
            late += num(t, "late");
            stale += num(t, "stale");
            red += num(t, "red");
            amber += num(t, "amber");
            green += num(t, "green");
        }

        TrackingCounts counts() {
            return new TrackingCounts(statusCounts(byStatus), overdue, due30, due90, late, stale, red, amber, green);
        }
    }
}
