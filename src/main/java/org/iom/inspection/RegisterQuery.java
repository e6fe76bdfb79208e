package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iom.common.db.Where;
import org.iom.inspection.RecommendationViews.RecommendationView;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The register in SQL (ADR 0027): every read of recommendations, here and in the oversight summary
 * ({@link OversightQuery}), goes through {@link #DERIVED}, which adds the derived fields of {@link RegisterRules} to
 * each row of the {@code recommendation_register} view for today's UK date, so that filters on them (overdue, rag,
 * dueBefore, actionOverdue) apply in the query, before paging, and lists, single views, CSV and the summary always agree. The rules'
 * day counts, the final statuses and the RAG names are bound as parameters ({@link #bindRules}), never written here.
 */
@ApplicationScoped
public class RegisterQuery {

    static final String DERIVED = """
            select b.*,
                   case when b.overdue then cast(:today as date) - b.target_date else 0 end as days_overdue,
                   case when b.is_final then null
                        when b.overdue or b.action_overdue or b.target_revisions > :revisionsBeforeRed then :red
                        when (b.target_date is not null and b.target_date <= cast(:today as date) + :dueSoonDays)
                             or b.last_updated_at < :staleBefore then :amber
                        else :green end as rag,
                   b.published_on + :responseDays as response_due,
                   case when b.response_decided_on is null then cast(:today as date) > b.published_on + :responseDays
                        else b.response_decided_on > b.published_on + :responseDays end as response_late,
                   (not b.is_final and b.last_updated_at < :staleBefore) as stale,
                   greatest(b.updated_at, b.last_updated_at) as changed_at
            from (select v.*,
                         v.status = any(:finals) as is_final,
                         (not (v.status = any(:finals)) and v.target_date is not null
                          and v.target_date < cast(:today as date)) as overdue,
                         exists (select 1 from recommendation_action a where a.recommendation_id = v.id
                                 and a.status = :actionOpen and a.due_date < cast(:today as date)) as action_overdue
                  from recommendation_register v) b
            """;

    private static final String FROM = "select d.* from (" + DERIVED + ") d";
    private static final List<String> FINALS = RecommendationStatus.FINAL.stream().map(Enum::name).toList();

    /** A recommendation as the register shows it, with its version. */
    Optional<RegisterRow> one(Handle h, UUID id, RegisterRules.AsOf asOf) {
        return bindRules(h.createQuery(FROM + " where d.id = :id"), asOf).bind("id", id)
                .mapTo(RegisterRow.class).findFirst();
    }

    /** At most {@code limit} + 1 matching recommendations in id (creation) order, after {@code after} (null: first). */
    List<RecommendationView> page(Handle h, RegisterFilter filter, UUID after, int limit, RegisterRules.AsOf asOf) {
        Where w = where(filter).and(after, "d.id > :after", "after");
        return list(h, FROM + w.sql() + " order by d.id limit :limit", w, limit + 1, asOf);
    }

    /** At most {@code max} matching recommendations for the CSV register, in report order (newest publication first). */
    List<RecommendationView> all(Handle h, RegisterFilter filter, int max, RegisterRules.AsOf asOf) {
        Where w = where(filter);
        return list(h, FROM + w.sql() + " order by d.published_on desc, d.inspection_id, length(d.number), d.number,"
                + " d.id limit :limit", w, max, asOf);
    }

    long count(Handle h, RegisterFilter filter, RegisterRules.AsOf asOf) {
        Where w = where(filter);
        return bindRules(h.createQuery("select count(*) from (" + DERIVED + ") d" + w.sql()), asOf)
                .bindMap(w.params()).mapTo(Long.class).one();
    }

    private static List<RecommendationView> list(Handle h, String sql, Where w, int limit, RegisterRules.AsOf asOf) {
        return bindRules(h.createQuery(sql), asOf).bindMap(w.params()).bind("limit", limit)
                .mapTo(RegisterRow.class).map(row -> row.view(null)).list();
    }

    /** Binds the parameters of {@link #DERIVED}: today, the rules' day counts, the final statuses, the RAG names. */
    static <S extends SqlStatement<S>> S bindRules(S statement, RegisterRules.AsOf asOf) {
        return statement.bind("today", asOf.today()).bind("staleBefore", asOf.staleBefore())
                .bind("responseDays", RegisterRules.RESPONSE_DAYS).bind("dueSoonDays", RegisterRules.DUE_SOON_DAYS)
                .bind("revisionsBeforeRed", RegisterRules.REVISIONS_BEFORE_RED)
                .bindArray("finals", String.class, FINALS)
                .bind("red", RecommendationRag.RED.name()).bind("amber", RecommendationRag.AMBER.name())
                .bind("green", RecommendationRag.GREEN.name()).bind("actionOpen", ActionStatus.OPEN.name());
    }

    /** The conditions of a filter on the derived register (alias {@code d}), with their parameters. */
    static Where where(RegisterFilter f) {
        Where w = new Where();
        if (!f.status().isEmpty()) {
            w.and(f.status().stream().map(Enum::name).toArray(String[]::new), "d.status = any(:statuses)", "statuses");
        }
        w.and(f.addressee(), "exists (select 1 from unnest(d.addressees) a where lower(a) = lower(:addressee))",
                "addressee");
        w.and(f.owner(), "(strpos(lower(coalesce(d.owner_organisation, '')), lower(:owner)) > 0"
                + " or strpos(lower(coalesce(d.owner_contact, '')), lower(:owner)) > 0)", "owner");
        w.and(f.inspectionId(), "d.inspection_id = :inspectionId", "inspectionId");
        w.and(f.theme(), "lower(d.theme) = lower(:theme)", "theme");
        w.and(f.priority(), "d.priority = :priority", "priority");
        w.and(f.kind(), "d.kind = :kind", "kind");
        w.and(f.overdue(), "d.overdue = :overdue", "overdue");
        w.and(f.rag(), "d.rag = :rag", "rag");
        w.and(f.dueBefore(), "d.target_date < cast(:dueBefore as date)", "dueBefore");
        w.and(f.stale(), "d.stale = :stale", "stale");
        w.and(f.responseLate(), "d.response_late = :responseLate", "responseLate");
        w.and(f.changedSince(), "d.changed_at >= :changedSince", "changedSince");
        w.and(f.q(), "strpos(lower(d.text), lower(:q)) > 0", "q");
        w.and(f.actionOwner(), "exists (select 1 from recommendation_action a where a.recommendation_id = d.id"
                + " and (strpos(lower(a.owner_organisation), lower(:actionOwner)) > 0"
                + " or strpos(lower(a.owner_role), lower(:actionOwner)) > 0))", "actionOwner");
        w.and(f.actionOverdue(), "d.action_overdue = :actionOverdue", "actionOverdue");
        return w;
    }
}
