package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.inspection.InspectionViews.Closure;
import org.iom.inspection.InspectionViews.Owner;
import org.iom.inspection.InspectionViews.RecommendationView;
import org.iom.inspection.InspectionViews.ResponseView;

/**
 * The register in SQL: every read of recommendations goes through {@link #DERIVED}, which computes the oversight
 * fields from the clock's today (UK date), so that filters on them (overdue, rag, dueBefore) apply in the query, before
 * paging, and lists, single views, CSV and the summary always agree.
 *
 * <ul>
 * <li>overdue: not closed, has a target date, and the target date is before today (due today is not overdue);</li>
 * <li>daysOverdue: today - targetDate when overdue, else 0;</li>
 * <li>rag (null when closed): RED when overdue or the target date was revised more than once; else AMBER when the
 * target date is today or within 30 days after today, or the last update is 90 or more days before today (its UK
 * date); else GREEN;</li>
 * <li>stale: not closed and no update for 90 days or more (same rule as AMBER's);</li>
 * <li>responseDue: publishedOn + 56 days; responseLate: no response and today is after responseDue, or the response
 * is dated after responseDue.</li>
 * </ul>
 */
@ApplicationScoped
public class RegisterQuery {

    public static final int RESPONSE_DAYS = 56;
    public static final int DUE_SOON_DAYS = 30;
    public static final int DUE_LATER_DAYS = 90;
    public static final int STALE_DAYS = 90;

    static final String FINALS =
            "('IMPLEMENTED', 'PARTLY_IMPLEMENTED', 'NOT_IMPLEMENTED', 'SUPERSEDED', 'WITHDRAWN')";

    static final String DERIVED = """
            select b.*,
                   case when b.overdue then cast(:today as date) - b.target_date else 0 end as days_overdue,
                   case when b.is_final then null
                        when b.overdue or b.target_revisions > 1 then 'RED'
                        when (b.target_date is not null and b.target_date <= cast(:today as date) + 30)
                             or b.last_updated_at < cast(:staleBefore as timestamptz) then 'AMBER'
                        else 'GREEN' end as rag,
                   b.published_on + 56 as response_due,
                   case when b.response_decided_on is null then cast(:today as date) > b.published_on + 56
                        else b.response_decided_on > b.published_on + 56 end as response_late,
                   (not b.is_final and b.last_updated_at < cast(:staleBefore as timestamptz)) as stale
            from (select v.*,
                         v.status in %1$s as is_final,
                         (v.status not in %1$s and v.target_date is not null
                          and v.target_date < cast(:today as date)) as overdue
                  from recommendation_register v) b
            """.formatted(FINALS);

    /** The filters of {@code GET /v1/recommendations} (null = not filtered). */
    public record Filter(List<RecommendationStatus> status, String addressee, String owner, UUID inspectionId,
            String theme, Priority priority, RecommendationKind kind, Boolean overdue, Rag rag, LocalDate dueBefore,
            String q) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, null, null);
        }

        public static Filter inspection(UUID id) {
            return new Filter(null, null, null, id, null, null, null, null, null, null, null);
        }

        boolean onlyByInspection() {
            return (status == null || status.isEmpty()) && addressee == null && owner == null && theme == null
                    && priority == null && kind == null && overdue == null && rag == null && dueBefore == null
                    && q == null;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    /** Today (UK) and the instant before which a last update makes a recommendation stale. */
    record AsOf(LocalDate today, OffsetDateTime staleBefore) {}

    AsOf asOf() {
        LocalDate today = clock.today();
        // Stale when the UK date of the last update is STALE_DAYS or more before today, i.e. it happened before the
        // start of the day (STALE_DAYS - 1) days ago.
        OffsetDateTime staleBefore = today.minusDays(STALE_DAYS - 1).atStartOfDay(AppClock.UK).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        return new AsOf(today, staleBefore);
    }

    /** A where clause with its parameters. */
    static final class Where {
        final StringBuilder sql = new StringBuilder(" where true");
        final Map<String, Object> params = new LinkedHashMap<>();

        Where and(String clause, String name, Object value) {
            sql.append(" and ").append(clause);
            params.put(name, value);
            return this;
        }
    }

    static Where where(Filter f) {
        Where w = new Where();
        if (f.status() != null && !f.status().isEmpty()) {
            w.and("d.status in (:statuses)", "statuses", f.status().stream().map(Enum::name).distinct().toList());
        }
        if (f.addressee() != null) {
            w.and("exists (select 1 from unnest(d.addressees) a where lower(a) = lower(:addressee))", "addressee",
                    f.addressee());
        }
        if (f.owner() != null) {
            w.and("(strpos(lower(coalesce(d.owner_organisation, '')), lower(:owner)) > 0"
                    + " or strpos(lower(coalesce(d.owner_contact, '')), lower(:owner)) > 0)", "owner", f.owner());
        }
        if (f.inspectionId() != null) {
            w.and("d.inspection_id = :inspectionId", "inspectionId", f.inspectionId());
        }
        if (f.theme() != null) {
            w.and("lower(d.theme) = lower(:theme)", "theme", f.theme());
        }
        if (f.priority() != null) {
            w.and("d.priority = :priority", "priority", f.priority().name());
        }
        if (f.kind() != null) {
            w.and("d.kind = :kind", "kind", f.kind().name());
        }
        if (f.overdue() != null) {
            w.and("d.overdue = :overdue", "overdue", f.overdue());
        }
        if (f.rag() != null) {
            w.and("d.rag = :rag", "rag", f.rag().name());
        }
        if (f.dueBefore() != null) {
            w.and("d.target_date < cast(:dueBefore as date)", "dueBefore", f.dueBefore());
        }
        if (f.q() != null) {
            w.and("strpos(lower(d.text), lower(:q)) > 0", "q", f.q());
        }
        return w;
    }

    private Query query(String sql, Map<String, Object> params, AsOf asOf) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        query.setParameter("today", asOf.today());
        query.setParameter("staleBefore", asOf.staleBefore());
        params.forEach(query::setParameter);
        return query;
    }

    /** One page of the register, in id (creation) order, after the given id. */
    public List<RecommendationView> page(Filter filter, UUID after, int limit) {
        Where w = where(filter);
        if (after != null) {
            w.and("d.id > :after", "after", after);
        }
        String sql = "select d.* from (" + DERIVED + ") d" + w.sql + " order by d.id limit " + limit;
        return rows(query(sql, w.params, asOf()));
    }

    public long count(Filter filter) {
        Where w = where(filter);
        String sql = "select count(*) as n from (" + DERIVED + ") d" + w.sql;
        Tuple t = (Tuple) query(sql, w.params, asOf()).getSingleResult();
        return ((Number) t.get("n")).longValue();
    }

    /** A recommendation as the register shows it, with its version (for the ETag). */
    public record Row(RecommendationView view, long version) {}

    @SuppressWarnings("unchecked")
    public java.util.Optional<Row> one(UUID id) {
        Where w = new Where().and("d.id = :id", "id", id);
        List<Tuple> rows = query("select d.* from (" + DERIVED + ") d" + w.sql, w.params, asOf()).getResultList();
        return rows.stream().findFirst().map(t -> new Row(view(t), ((Number) t.get("version")).longValue()));
    }

    /** Every matching recommendation for the CSV register, in report order (newest publication first). */
    public List<RecommendationView> all(Filter filter, int max) {
        Where w = where(filter);
        String sql = "select d.* from (" + DERIVED + ") d" + w.sql
                + " order by d.published_on desc, d.inspection_id, length(d.number), d.number, d.id limit " + max;
        return rows(query(sql, w.params, asOf()));
    }

    @SuppressWarnings("unchecked")
    private static List<RecommendationView> rows(Query q) {
        return ((List<Tuple>) q.getResultList()).stream().map(RegisterQuery::view).toList();
    }

    // --------------------------------------------------------------------------------------- oversight summary

    /** Per inspection and status: count and the tracking figures. */
    @SuppressWarnings("unchecked")
    List<Tuple> trackingByInspectionAndStatus(Filter filter, AsOf asOf) {
        Where w = where(filter);
        String sql = """
                select d.inspection_id as inspection_id, d.status as status, count(*) as n,
                       count(*) filter (where d.overdue) as overdue,
                       count(*) filter (where not d.is_final and d.target_date between cast(:today as date)
                                        and cast(:today as date) + 30) as due30,
                       count(*) filter (where not d.is_final and d.target_date between cast(:today as date)
                                        and cast(:today as date) + 90) as due90,
                       count(*) filter (where d.response_late) as late,
                       count(*) filter (where d.stale) as stale,
                       count(*) filter (where d.rag = 'RED') as red,
                       count(*) filter (where d.rag = 'AMBER') as amber,
                       count(*) filter (where d.rag = 'GREEN') as green
                from (%s) d%s
                group by d.inspection_id, d.status""".formatted(DERIVED, w.sql);
        return query(sql, w.params, asOf).getResultList();
    }

    @SuppressWarnings("unchecked")
    List<Tuple> byAddresseeAndStatus(Filter filter, AsOf asOf) {
        Where w = where(filter);
        String sql = """
                select a.addressee as addressee, d.status as status, count(*) as n
                from (%s) d cross join lateral unnest(d.addressees) as a(addressee)%s
                group by a.addressee, d.status
                order by a.addressee""".formatted(DERIVED, w.sql);
        return query(sql, w.params, asOf).getResultList();
    }

    /** The inspections the summary lists: those with matching recommendations, or all (of the filter) when only by inspection. */
    @SuppressWarnings("unchecked")
    List<Tuple> inspectionsFor(Filter filter, List<UUID> withMatches) {
        StringBuilder sql = new StringBuilder("select i.id as id, i.title as title, i.published_on as published_on"
                + " from inspection i where ");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.onlyByInspection()) {
            if (filter.inspectionId() != null) {
                sql.append("i.id = :id");
                params.put("id", filter.inspectionId());
            } else {
                sql.append("true");
            }
        } else {
            if (withMatches.isEmpty()) {
                return List.of();
            }
            sql.append("i.id in (:ids)");
            params.put("ids", withMatches);
        }
        sql.append(" order by i.published_on desc, i.id desc");
        Query q = em.createNativeQuery(sql.toString(), Tuple.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    // --------------------------------------------------------------------------------------------- row mapping

    static RecommendationView view(Tuple t) {
        String decision = (String) t.get("response_decision");
        ResponseView response = decision == null ? null
                : new ResponseView(ResponseDecision.valueOf(decision), date(t.get("response_decided_on")),
                        (String) t.get("response_rationale"), (String) t.get("response_recorded_by"),
                        instant(t.get("response_recorded_at")));
        String ownerOrg = (String) t.get("owner_organisation");
        Owner owner = ownerOrg == null ? null : new Owner(ownerOrg, (String) t.get("owner_contact"));
        Instant closedAt = instant(t.get("closed_at"));
        Closure closure = closedAt == null ? null
                : new Closure((String) t.get("closed_by"), closedAt, (String) t.get("closure_evidence"));
        String priority = (String) t.get("priority");
        String rag = (String) t.get("rag");
        return new RecommendationView(uuid(t.get("id")), uuid(t.get("inspection_id")), (String) t.get("inspection_title"),
                (String) t.get("number"), RecommendationKind.valueOf((String) t.get("kind")), (String) t.get("text"),
                (Boolean) t.get("text_verified"), strings(t.get("addressees")), owner, (String) t.get("theme"),
                priority == null ? null : Priority.valueOf(priority), date(t.get("target_date")),
                ((Number) t.get("target_revisions")).intValue(), RecommendationStatus.valueOf((String) t.get("status")),
                uuid(t.get("superseded_by")), response, date(t.get("response_due")), (Boolean) t.get("response_late"),
                (Boolean) t.get("overdue"), ((Number) t.get("days_overdue")).intValue(),
                rag == null ? null : Rag.valueOf(rag), instant(t.get("last_updated_at")), closure,
                (String) t.get("evidence_figure"), null, (String) t.get("created_by"), instant(t.get("created_at")));
    }

    static UUID uuid(Object o) {
        return o == null ? null : o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("not an instant: " + o.getClass());
    }

    static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        Object array = o;
        if (o instanceof java.sql.Array sqlArray) {
            try {
                array = sqlArray.getArray();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (array instanceof Object[] values) {
            return Arrays.stream(values).map(String::valueOf).toList();
        }
        if (array instanceof java.util.Collection<?> c) {
            return new ArrayList<>(c.stream().map(String::valueOf).toList());
        }
        throw new IllegalStateException("not an array: " + o.getClass());
    }
}
