package org.iom.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iom.common.Ids;
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.Paging;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.inspection.InspectionViews.InspectionPage;
import org.iom.inspection.InspectionViews.InspectionPatch;
import org.iom.inspection.InspectionViews.InspectionView;
import org.iom.inspection.InspectionViews.NewInspection;
import org.iom.security.Caller;

/** Inspections: create, read, list, edit (text and dates). */
@ApplicationScoped
@Transactional
public class InspectionService {

    @Inject
    InspectionRepository inspections;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /** A view with its version (for the ETag). */
    public record Versioned<T>(T view, long version) {
        public String etag() {
            return ETags.of(version);
        }
    }

    public Versioned<InspectionView> create(NewInspection body) {
        check(body.inspectorates(), body.publishedOn(), body.fieldworkFrom(), body.fieldworkTo());
        Instant now = clock.now();
        Inspection i = new Inspection();
        i.id = Ids.newId();
        i.createdBy = caller.subject();
        i.createdAt = now;
        i.updatedAt = now;
        apply(i, body.title(), body.inspectorates(), body.kind(), body.publishedOn(), body.fieldworkFrom(),
                body.fieldworkTo(), body.url(), body.summary());
        inspections.persist(i);
        inspections.flush();
        return new Versioned<>(view(i, 0), i.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<InspectionView> get(UUID id) {
        Inspection i = find(id);
        return new Versioned<>(view(i, recommendationCount(id)), i.version);
    }

    /** Throws 404 unless the inspection exists; returns it. */
    Inspection find(UUID id) {
        return inspections.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Inspection", id));
    }

    public Versioned<InspectionView> patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        long expected = ETags.requireVersion(ifMatch);
        Inspection i = find(id);
        if (i.version != expected) {
            throw ETags.stale();
        }
        InspectionPatch current = new InspectionPatch(i.title, inspectorates(i), InspectionKind.valueOf(i.kind),
                i.publishedOn, i.fieldworkFrom, i.fieldworkTo, i.url, i.summary);
        InspectionPatch p = MergePatch.apply(json, validator, current, patch, InspectionPatch.class);
        check(p.inspectorates(), p.publishedOn(), p.fieldworkFrom(), p.fieldworkTo());
        if (!p.equals(current)) {
            apply(i, p.title(), p.inspectorates(), p.kind(), p.publishedOn(), p.fieldworkFrom(), p.fieldworkTo(),
                    p.url(), p.summary());
            i.updatedAt = clock.now();
            inspections.flush();
        }
        return new Versioned<>(view(i, recommendationCount(id)), i.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public InspectionPage list(List<Inspectorate> inspectorate, InspectionKind kind, LocalDate publishedFrom,
            LocalDate publishedTo, String q, String cursor, int limit, boolean includeTotal) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (inspectorate != null && !inspectorate.isEmpty()) {
            where.append(" and exists (select 1 from unnest(i.inspectorates) x where x in (:inspectorates))");
            params.put("inspectorates", inspectorate.stream().map(Enum::name).distinct().toList());
        }
        if (kind != null) {
            where.append(" and i.kind = :kind");
            params.put("kind", kind.name());
        }
        if (publishedFrom != null) {
            where.append(" and i.published_on >= cast(:publishedFrom as date)");
            params.put("publishedFrom", publishedFrom);
        }
        if (publishedTo != null) {
            where.append(" and i.published_on <= cast(:publishedTo as date)");
            params.put("publishedTo", publishedTo);
        }
        if (q != null) {
            where.append(" and (strpos(lower(i.title), lower(:q)) > 0 or strpos(lower(coalesce(i.summary, '')), lower(:q)) > 0)");
            params.put("q", q);
        }
        Long total = null;
        if (includeTotal) {
            Query count = em.createNativeQuery("select count(*) from inspection i" + where);
            params.forEach(count::setParameter);
            total = ((Number) count.getSingleResult()).longValue();
        }
        List<String> after = Paging.decodeCursor(cursor, 2);
        StringBuilder page = new StringBuilder(where);
        Map<String, Object> pageParams = new LinkedHashMap<>(params);
        if (after != null) {
            LocalDate afterDate;
            UUID afterId;
            try {
                afterDate = LocalDate.parse(after.get(0));
                afterId = UUID.fromString(after.get(1));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "not a cursor returned by this API");
            }
            page.append(" and (i.published_on, i.id) < (cast(:afterDate as date), :afterId)");
            pageParams.put("afterDate", afterDate);
            pageParams.put("afterId", afterId);
        }
        Query query = em.createNativeQuery("""
                select i.id as id, i.title as title, i.inspectorates as inspectorates, i.kind as kind,
                       i.published_on as published_on, i.fieldwork_from as fieldwork_from,
                       i.fieldwork_to as fieldwork_to, i.url as url, i.summary as summary,
                       (select count(*) from recommendation r where r.inspection_id = i.id) as recommendation_count,
                       i.created_by as created_by, i.created_at as created_at, i.updated_at as updated_at
                from inspection i""" + page + " order by i.published_on desc, i.id desc limit " + (limit + 1),
                Tuple.class);
        pageParams.forEach(query::setParameter);
        List<Tuple> rows = query.getResultList();
        List<InspectionView> items = new ArrayList<>();
        for (int k = 0; k < Math.min(limit, rows.size()); k++) {
            Tuple t = rows.get(k);
            items.add(new InspectionView(RegisterQuery.uuid(t.get("id")), (String) t.get("title"),
                    RegisterQuery.strings(t.get("inspectorates")).stream().map(Inspectorate::valueOf).toList(),
                    InspectionKind.valueOf((String) t.get("kind")), RegisterQuery.date(t.get("published_on")),
                    RegisterQuery.date(t.get("fieldwork_from")), RegisterQuery.date(t.get("fieldwork_to")),
                    (String) t.get("url"), (String) t.get("summary"),
                    ((Number) t.get("recommendation_count")).longValue(), (String) t.get("created_by"),
                    RegisterQuery.instant(t.get("created_at")), RegisterQuery.instant(t.get("updated_at"))));
        }
        String next = null;
        if (rows.size() > limit) {
            InspectionView last = items.get(items.size() - 1);
            next = Paging.encodeCursor(last.publishedOn(), last.id());
        }
        return new InspectionPage(items, next, total);
    }

    private long recommendationCount(UUID id) {
        return ((Number) em.createNativeQuery("select count(*) from recommendation where inspection_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
    }

    private void check(List<Inspectorate> inspectorates, LocalDate publishedOn, LocalDate from, LocalDate to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (inspectorates.size() != inspectorates.stream().distinct().count()) {
            errors.add(new Problem.FieldError("inspectorates", "must not repeat an inspectorate"));
        }
        if (publishedOn.isAfter(clock.today())) {
            errors.add(new Problem.FieldError("publishedOn", "must not be in the future"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new Problem.FieldError("fieldworkTo", "must not be before fieldworkFrom"));
        }
        if (to != null && to.isAfter(publishedOn)) {
            errors.add(new Problem.FieldError("fieldworkTo", "must not be after publishedOn"));
        }
        if (from != null && from.isAfter(publishedOn)) {
            errors.add(new Problem.FieldError("fieldworkFrom", "must not be after publishedOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(Inspection i, String title, List<Inspectorate> inspectorates, InspectionKind kind,
            LocalDate publishedOn, LocalDate from, LocalDate to, String url, String summary) {
        i.title = title.strip();
        i.inspectorates = inspectorates.stream().map(Enum::name).toArray(String[]::new);
        i.kind = kind.name();
        i.publishedOn = publishedOn;
        i.fieldworkFrom = from;
        i.fieldworkTo = to;
        i.url = url;
        i.summary = summary;
    }

    private static List<Inspectorate> inspectorates(Inspection i) {
        return Arrays.stream(i.inspectorates).map(Inspectorate::valueOf).toList();
    }

    static InspectionView view(Inspection i, long recommendationCount) {
        return new InspectionView(i.id, i.title, inspectorates(i), InspectionKind.valueOf(i.kind), i.publishedOn,
                i.fieldworkFrom, i.fieldworkTo, i.url, i.summary, recommendationCount, i.createdBy, i.createdAt,
                i.updatedAt);
    }
}
