package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.db.Database;
import org.iom.inspection.OversightQuery.AddresseeRow;
import org.iom.inspection.OversightQuery.InspectionRow;
import org.iom.inspection.OversightQuery.TrackingRow;
import org.iom.inspection.OversightViews.AddresseeCounts;
import org.iom.inspection.OversightViews.InspectionTracking;
import org.iom.inspection.OversightViews.OversightSummary;
import org.iom.inspection.OversightViews.StatusCounts;
import org.iom.inspection.OversightViews.TrackingCounts;

/** The oversight group's summary of the register, aggregated in SQL ({@link OversightQuery}). */
@ApplicationScoped
public class OversightService {

    @Inject Database database;
    @Inject OversightQuery query;
    @Inject AppClock clock;

    public OversightSummary summary(OversightFilter request) {
        RegisterFilter filter = request.register();
        RegisterRules.AsOf asOf = RegisterRules.AsOf.of(clock.today());
        return database.inTransaction(h -> {
            Map<UUID, Accumulator> perInspection = new LinkedHashMap<>();
            Accumulator totals = new Accumulator();
            for (TrackingRow t : query.trackingByInspectionAndStatus(h, filter, asOf)) {
                perInspection.computeIfAbsent(t.inspectionId(), k -> new Accumulator()).add(t);
                totals.add(t);
            }
            List<InspectionTracking> inspections = new ArrayList<>();
            for (InspectionRow i : query.inspections(h, filter, List.copyOf(perInspection.keySet()))) {
                Accumulator a = perInspection.getOrDefault(i.id(), new Accumulator());
                inspections.add(new InspectionTracking(i.id(), i.title(), i.publishedOn(),
                        i.recommendationsDeclared(), a.counts()));
            }
            return new OversightSummary(asOf.today(), totals.counts(),
                    byAddressee(query.byAddresseeAndStatus(h, filter, asOf)), inspections,
                    query.actionsByOwner(h, filter, asOf));
        });
    }

    /** Status counts per addressee, in the rows' (alphabetical) order. */
    private static List<AddresseeCounts> byAddressee(List<AddresseeRow> rows) {
        Map<String, EnumMap<RecommendationStatus, Long>> byAddressee = new LinkedHashMap<>();
        for (AddresseeRow row : rows) {
            byAddressee.computeIfAbsent(row.addressee(), k -> new EnumMap<>(RecommendationStatus.class))
                    .merge(row.status(), row.n(), Long::sum);
        }
        return byAddressee.entrySet().stream()
                .map(e -> new AddresseeCounts(e.getKey(), statusCounts(e.getValue()))).toList();
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

    /** The tracking figures of a set of recommendations, summed over rows. */
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

        void add(TrackingRow t) {
            byStatus.merge(t.status(), t.n(), Long::sum);
            overdue += t.overdue();
            due30 += t.due30();
            due90 += t.due90();
            late += t.late();
            stale += t.stale();
            red += t.red();
            amber += t.amber();
            green += t.green();
        }

        TrackingCounts counts() {
            return new TrackingCounts(statusCounts(byStatus), overdue, due30, due90, late, stale, red, amber, green);
        }
    }
}
