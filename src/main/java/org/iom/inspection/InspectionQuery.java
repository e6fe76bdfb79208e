package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iom.common.db.Where;
import org.iom.inspection.InspectionViews.InspectionView;
import org.jdbi.v3.core.Handle;

/** The list of inspections (ADR 0027): newest publication first, keyset paged on (published_on, id). */
@ApplicationScoped
public class InspectionQuery {

    private static final String VIEW_COLUMNS = """
            select i.id, i.title, i.inspectorates, i.kind, i.published_on, i.fieldwork_from, i.fieldwork_to, i.url,
                   i.summary, (select count(*) from recommendation r where r.inspection_id = i.id) as recommendation_count,
                   i.recommendations_declared, i.details_verified, i.source, i.created_by, i.created_at, i.updated_at
            from inspection i""";

    /** An inspection's title. */
    record Title(UUID id, String title) {}

    /** The inspection's title, if it exists. */
    Optional<Title> title(Handle h, UUID id) {
        return h.createQuery("select id, title from inspection where id = :id").bind("id", id).mapTo(Title.class)
                .findFirst();
    }

    /** The key of the last inspection of the previous page. */
    record After(LocalDate publishedOn, UUID id) {}

    /** At most {@code limit} + 1 inspections matching the filter, after {@code after} (null: the first page). */
    List<InspectionView> page(Handle h, InspectionFilter filter, After after, int limit) {
        Where w = where(filter);
        if (after != null) {
            w.and(after.publishedOn(), "(i.published_on, i.id) < (cast(:afterDate as date), :afterId)", "afterDate");
            w.bind("afterId", after.id());
        }
        return h.createQuery(VIEW_COLUMNS + w.sql() + " order by i.published_on desc, i.id desc limit :limit")
                .bindMap(w.params()).bind("limit", limit + 1).mapTo(InspectionView.class).list();
    }

    long count(Handle h, InspectionFilter filter) {
        Where w = where(filter);
        return h.createQuery("select count(*) from inspection i" + w.sql()).bindMap(w.params()).mapTo(Long.class).one();
    }

    private static Where where(InspectionFilter f) {
        List<Inspectorate> inspectorates = f.inspectorates();
        return new Where()
                .and(inspectorates.isEmpty() ? null : inspectorates.stream().map(Enum::name).toArray(String[]::new),
                        "exists (select 1 from unnest(i.inspectorates) x where x = any(:inspectorates))", "inspectorates")
                .and(f.kind(), "i.kind = :kind", "kind")
                .and(f.publishedFrom(), "i.published_on >= cast(:publishedFrom as date)", "publishedFrom")
                .and(f.publishedTo(), "i.published_on <= cast(:publishedTo as date)", "publishedTo")
                .and(f.search(), "(strpos(lower(i.title), lower(:q)) > 0"
                        + " or strpos(lower(coalesce(i.summary, '')), lower(:q)) > 0)", "q");
    }
}
