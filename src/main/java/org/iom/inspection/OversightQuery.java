package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iom.common.db.Where;
import org.jdbi.v3.core.Handle;

/** The oversight summary's aggregates over the derived register ({@link RegisterQuery#DERIVED}), counted in SQL. */
@ApplicationScoped
public class OversightQuery {

    /** The tracking figures of the recommendations of one inspection with one status. */
    record TrackingRow(UUID inspectionId, RecommendationStatus status, long n, long overdue, long due30, long due90,
            long late, long stale, long red, long amber, long green) {}

    /** How many recommendations with one status are addressed to one addressee. */
    record AddresseeRow(String addressee, RecommendationStatus status, long n) {}

    /** An inspection the summary lists. */
    record InspectionRow(UUID id, String title, LocalDate publishedOn, Integer recommendationsDeclared) {}

    List<TrackingRow> trackingByInspectionAndStatus(Handle h, RegisterFilter filter, RegisterRules.AsOf asOf) {
        Where w = RegisterQuery.where(filter);
        String sql = """
                select d.inspection_id, d.status, count(*) as n,
                       count(*) filter (where d.overdue) as overdue,
                       count(*) filter (where not d.is_final and d.target_date between cast(:today as date)
                                        and cast(:today as date) + :dueSoonDays) as due30,
                       count(*) filter (where not d.is_final and d.target_date between cast(:today as date)
                                        and cast(:today as date) + :dueLaterDays) as due90,
                       count(*) filter (where d.response_late) as late,
                       count(*) filter (where d.stale) as stale,
                       count(*) filter (where d.rag = :red) as red,
                       count(*) filter (where d.rag = :amber) as amber,
                       count(*) filter (where d.rag = :green) as green
                from (%s) d%s
                group by d.inspection_id, d.status""".formatted(RegisterQuery.DERIVED, w.sql());
        return RegisterQuery.bindRules(h.createQuery(sql), asOf).bind("dueLaterDays", RegisterRules.DUE_LATER_DAYS)
                .bindMap(w.params()).mapTo(TrackingRow.class).list();
    }

    List<AddresseeRow> byAddresseeAndStatus(Handle h, RegisterFilter filter, RegisterRules.AsOf asOf) {
        Where w = RegisterQuery.where(filter);
        String sql = """
                select a.addressee, d.status, count(*) as n
                from (%s) d cross join lateral unnest(d.addressees) as a(addressee)%s
                group by a.addressee, d.status
                order by a.addressee""".formatted(RegisterQuery.DERIVED, w.sql());
        return RegisterQuery.bindRules(h.createQuery(sql), asOf).bindMap(w.params()).mapTo(AddresseeRow.class).list();
    }

    /** The OPEN actions of the matching recommendations by owner, with how many are past their due date. */
    List<OversightViews.ActionOwnerCounts> actionsByOwner(Handle h, RegisterFilter filter, RegisterRules.AsOf asOf) {
        Where w = RegisterQuery.where(filter);
        String sql = """
                select a.owner_organisation as organisation, a.owner_role as role, count(*) as open,
                       count(*) filter (where a.due_date < cast(:today as date)) as overdue
                from (%s) d join recommendation_action a on a.recommendation_id = d.id%s and a.status = :actionOpen
                group by a.owner_organisation, a.owner_role
                order by a.owner_organisation, a.owner_role""".formatted(RegisterQuery.DERIVED, w.sql());
        return RegisterQuery.bindRules(h.createQuery(sql), asOf).bindMap(w.params())
                .mapTo(OversightViews.ActionOwnerCounts.class).list();
    }

    /**
     * The inspections the summary lists, newest publication first: those with matching recommendations
     * ({@code withMatches}), or every inspection of the filter when it filters on the inspection only.
     */
    List<InspectionRow> inspections(Handle h, RegisterFilter filter, List<UUID> withMatches) {
        Where w = filter.onlyByInspection() ? new Where().and(filter.inspectionId(), "i.id = :id", "id")
                : new Where().and(withMatches.toArray(UUID[]::new), "i.id = any(:ids)", "ids");
        return h.createQuery("select i.id, i.title, i.published_on, i.recommendations_declared from inspection i"
                        + w.sql() + " order by i.published_on desc, i.id desc")
                .bindMap(w.params()).mapTo(InspectionRow.class).list();
    }
}
