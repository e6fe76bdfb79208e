package org.iom.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.inspection.InspectionViews.InspectionPage;
import org.iom.inspection.InspectionViews.InspectionPatch;
import org.iom.inspection.InspectionViews.InspectionView;
import org.iom.inspection.InspectionViews.NewInspection;
import org.iom.security.Caller;

/** Inspections: create, read, list, edit (text and dates). */
@ApplicationScoped
@Transactional
public class InspectionService {

    /** Fields of an inspection that a merge patch cannot change. */
    static final Set<String> IMMUTABLE = Set.of("id", "recommendationCount", "createdBy", "createdAt", "updatedAt");

    @Inject InspectionRepository inspections;
    @Inject RecommendationRepository recommendations;
    @Inject InspectionQuery query;
    @Inject Database database;
    @Inject Patches patches;
    @Inject AppClock clock;
    @Inject Caller caller;

    public Versioned<InspectionView> create(NewInspection body) {
        InspectionPatch fields = new InspectionPatch(body.title(), body.inspectorates(), body.kind(),
                body.publishedOn(), body.fieldworkFrom(), body.fieldworkTo(), body.url(), body.summary(),
                body.recommendationsDeclared(), Boolean.TRUE.equals(body.detailsVerified()), body.source());
        check(fields);
        Instant now = clock.now();
        Inspection i = new Inspection();
        i.created(now);
        i.createdBy = caller.subject();
        i.apply(fields);
        inspections.persist(i);
        inspections.flush();
        return new Versioned<>(i.view(0), i.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<InspectionView> get(UUID id) {
        Inspection i = find(id);
        return new Versioned<>(i.view(recommendations.count("inspectionId", id)), i.version);
    }

    /** Throws 404 unless the inspection exists; returns it. */
    Inspection find(UUID id) {
        return inspections.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Inspection", id));
    }

    public Versioned<InspectionView> patch(UUID id, String ifMatch, JsonNode patch) {
        long expected = ETags.requireVersion(ifMatch);
        Inspection i = find(id);
        if (i.version != expected) {
            throw ETags.stale();
        }
        InspectionPatch current = i.asPatch();
        InspectionPatch p = patches.apply(current, patch, IMMUTABLE);
        check(p);
        if (!p.equals(current)) {
            i.apply(p);
            i.updatedAt = clock.now();
            inspections.flush();
        }
        return new Versioned<>(i.view(recommendations.count("inspectionId", id)), i.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionPage list(InspectionFilter filter) {
        InspectionQuery.After after = PageCut.after(filter.cursor(), 2,
                keys -> new InspectionQuery.After(LocalDate.parse(keys.get(0)), UUID.fromString(keys.get(1))));
        int limit = filter.pageSize();
        List<InspectionView> rows = database.inTransaction(h -> query.page(h, filter, after, limit));
        Long total = filter.withTotal() ? database.inTransaction(h -> query.count(h, filter)) : null;
        PageCut<InspectionView> page = PageCut.of(rows, limit, v -> new Object[] {v.publishedOn(), v.id()});
        return new InspectionPage(page.items(), page.nextCursor(), total);
    }

    /** Rules beyond the field annotations: no repeated inspectorate, dates in order and not in the future. */
    private void check(InspectionPatch p) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (p.inspectorates().size() != p.inspectorates().stream().distinct().count()) {
            errors.add(new Problem.FieldError("inspectorates", "must not repeat an inspectorate"));
        }
        if (p.publishedOn().isAfter(clock.today())) {
            errors.add(new Problem.FieldError("publishedOn", "must not be in the future"));
        }
        LocalDate from = p.fieldworkFrom();
        LocalDate to = p.fieldworkTo();
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new Problem.FieldError("fieldworkTo", "must not be before fieldworkFrom"));
        }
        if (to != null && to.isAfter(p.publishedOn())) {
            errors.add(new Problem.FieldError("fieldworkTo", "must not be after publishedOn"));
        }
        if (from != null && from.isAfter(p.publishedOn())) {
            errors.add(new Problem.FieldError("fieldworkFrom", "must not be after publishedOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
