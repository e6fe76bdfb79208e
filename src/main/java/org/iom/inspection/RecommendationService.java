package org.iom.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.iom.common.Ids;
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.Paging;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.inspection.InspectionService.Versioned;
import org.iom.inspection.InspectionViews.NewRecommendation;
import org.iom.inspection.InspectionViews.NewResponse;
import org.iom.inspection.InspectionViews.NewUpdate;
import org.iom.inspection.InspectionViews.Owner;
import org.iom.inspection.InspectionViews.RecommendationPage;
import org.iom.inspection.InspectionViews.RecommendationPatch;
import org.iom.inspection.InspectionViews.RecommendationView;
import org.iom.inspection.InspectionViews.UpdatePage;
import org.iom.inspection.InspectionViews.UpdateView;
import org.iom.security.Caller;

/** Recommendations: adding, editing text, responses, and the timeline through which status and target date move. */
@ApplicationScoped
@Transactional
public class RecommendationService {

    @Inject
    RecommendationRepository recommendations;

    @Inject
    RecommendationUpdateRepository updates;

    @Inject
    InspectionService inspectionService;

    @Inject
    RegisterQuery register;

    @Inject
    LiveFigures figures;

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

    /** A new timeline entry and the recommendation's version after it (its new ETag). */
    public record CreatedUpdate(UpdateView entry, long recommendationVersion) {}

    // ------------------------------------------------------------------------------------------------ register

    public Versioned<RecommendationView> add(UUID inspectionId, NewRecommendation body) {
        Inspection inspection = inspectionService.find(inspectionId);
        List<String> addressees = checkText(body.addressees(), body.evidenceFigure());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.targetDate() != null && body.targetDate().isBefore(inspection.publishedOn)) {
            errors.add(new Problem.FieldError("targetDate", "must not be before the inspection's publishedOn ("
                    + inspection.publishedOn + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String number = body.number().strip();
        rejectDuplicateNumber(inspectionId, number, null);
        Instant now = clock.now();
        Recommendation r = new Recommendation();
        r.id = Ids.newId();
        r.inspectionId = inspectionId;
        r.number = number;
        r.kind = body.kind().name();
        r.text = body.text().strip();
        r.textVerified = Boolean.TRUE.equals(body.textVerified());
        r.addressees = addressees.toArray(String[]::new);
        setOwner(r, body.owner());
        r.theme = blankToNull(body.theme());
        r.priority = body.priority() == null ? null : body.priority().name();
        r.targetDate = body.targetDate();
        r.targetRevisions = 0;
        r.status = RecommendationStatus.OPEN.name();
        r.evidenceFigure = blankToNull(body.evidenceFigure());
        r.createdBy = caller.subject();
        r.createdAt = now;
        r.updatedAt = now;
        recommendations.persist(r);
        recommendations.flush();
        return current(r.id);
    }

    /** The recommendation as the register shows it, with the current value of its evidence figure. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<RecommendationView> get(UUID id) {
        return current(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecommendationPage list(RegisterQuery.Filter filter, String cursor, int limit, boolean includeTotal) {
        List<String> after = Paging.decodeCursor(cursor, 1);
        UUID afterId = null;
        if (after != null) {
            try {
                afterId = UUID.fromString(after.get(0));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("cursor", "not a cursor returned by this API");
            }
        }
        List<RecommendationView> rows = register.page(filter, afterId, limit + 1);
        List<RecommendationView> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? Paging.encodeCursor(items.get(items.size() - 1).id()) : null;
        return new RecommendationPage(List.copyOf(items), next, includeTotal ? register.count(filter) : null);
    }

    /** Every matching recommendation (for the CSV register), newest inspection first, then by number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecommendationView> all(RegisterQuery.Filter filter, int max) {
        return register.all(filter, max);
    }

    public Versioned<RecommendationView> patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        long expected = ETags.requireVersion(ifMatch);
        Recommendation r = find(id);
        if (r.version != expected) {
            throw ETags.stale();
        }
        if (patch != null && patch.isObject()) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (String field : List.of("status", "supersededBy", "closure")) {
                if (patch.has(field)) {
                    errors.add(new Problem.FieldError(field, "changes only through a STATUS_CHANGE entry on"
                            + " /v1/recommendations/{id}/updates"));
                }
            }
            if (patch.has("targetDate")) {
                errors.add(new Problem.FieldError("targetDate", "moves only through a TARGET_DATE_REVISION entry (with"
                        + " a reason) on /v1/recommendations/{id}/updates"));
            }
            if (patch.has("response")) {
                errors.add(new Problem.FieldError("response", "is recorded with PUT /v1/recommendations/{id}/response"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
        }
        RecommendationPatch current = new RecommendationPatch(r.number, RecommendationKind.valueOf(r.kind), r.text,
                r.textVerified, Arrays.asList(r.addressees),
                r.ownerOrganisation == null ? null : new Owner(r.ownerOrganisation, r.ownerContact), r.theme,
                r.priority == null ? null : Priority.valueOf(r.priority), r.evidenceFigure);
        RecommendationPatch p = MergePatch.apply(json, validator, current, patch, RecommendationPatch.class);
        List<String> addressees = checkText(p.addressees(), p.evidenceFigure());
        String number = p.number().strip();
        if (!number.equals(r.number)) {
            rejectDuplicateNumber(r.inspectionId, number, r.id);
        }
        if (!p.equals(current)) {
            r.number = number;
            r.kind = p.kind().name();
            r.text = p.text().strip();
            r.textVerified = p.textVerified();
            r.addressees = addressees.toArray(String[]::new);
            setOwner(r, p.owner());
            r.theme = blankToNull(p.theme());
            r.priority = p.priority() == null ? null : p.priority().name();
            r.evidenceFigure = blankToNull(p.evidenceFigure());
            r.updatedAt = clock.now();
            recommendations.flush();
        }
        return current(id);
    }

    // ------------------------------------------------------------------------------------------------ response

    public Versioned<RecommendationView> respond(UUID id, String ifMatch, NewResponse body) {
        long expected = ETags.requireVersion(ifMatch);
        Recommendation r = recommendations.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Recommendation", id));
        if (r.version != expected) {
            throw ETags.stale();
        }
        LocalDate publishedOn = inspectionService.find(r.inspectionId).publishedOn;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.decidedOn().isBefore(publishedOn)) {
            errors.add(new Problem.FieldError("decidedOn", "must not be before the inspection's publishedOn ("
                    + publishedOn + ")"));
        }
        if (body.decidedOn().isAfter(clock.today())) {
            errors.add(new Problem.FieldError("decidedOn", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String rationale = body.rationale().strip();
        boolean same = body.decision().name().equals(r.responseDecision) && body.decidedOn().equals(r.responseDecidedOn)
                && rationale.equals(r.responseRationale);
        if (!same) {
            Instant now = clock.now();
            String note = "Response recorded: " + body.decision() + " on " + body.decidedOn()
                    + (r.responseDecision == null ? "" : " (replaces " + r.responseDecision + " of "
                            + r.responseDecidedOn + ")")
                    + ". Rationale: " + rationale;
            r.responseDecision = body.decision().name();
            r.responseDecidedOn = body.decidedOn();
            r.responseRationale = rationale;
            r.responseRecordedBy = caller.subject();
            r.responseRecordedAt = now;
            r.updatedAt = now;
            RecommendationUpdate entry = entry(r, UpdateType.COMMENT, now);
            entry.note = note.length() > 4000 ? note.substring(0, 3999) + "…" : note;
            updates.persist(entry);
            recommendations.flush();
        }
        return current(id);
    }

    // ------------------------------------------------------------------------------------------------ timeline

    public CreatedUpdate addUpdate(UUID id, String ifMatch, NewUpdate body) {
        Recommendation r = recommendations.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Recommendation", id));
        String note = blankToNull(body.note());
        String reason = blankToNull(body.reason());
        String evidence = blankToNull(body.evidence());
        List<Problem.FieldError> errors = new ArrayList<>();
        switch (body.type()) {
            case COMMENT -> {
                if (note == null) {
                    errors.add(new Problem.FieldError("note", "is required for a COMMENT"));
                }
                forbid(errors, "COMMENT", "status", body.status(), "supersededBy", body.supersededBy(), "targetDate",
                        body.targetDate(), "reason", body.reason(), "evidence", body.evidence());
            }
            case STATUS_CHANGE -> {
                if (body.status() == null) {
                    errors.add(new Problem.FieldError("status", "is required for a STATUS_CHANGE"));
                }
                forbid(errors, "STATUS_CHANGE", "targetDate", body.targetDate(), "reason", body.reason());
            }
            case TARGET_DATE_REVISION -> {
                if (body.targetDate() == null) {
                    errors.add(new Problem.FieldError("targetDate", "is required for a TARGET_DATE_REVISION"));
                }
                if (reason == null) {
                    errors.add(new Problem.FieldError("reason", "is required: a target date only moves with a reason"));
                }
                forbid(errors, "TARGET_DATE_REVISION", "status", body.status(), "supersededBy", body.supersededBy(),
                        "evidence", body.evidence());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        // A comment changes nothing on the recommendation, so it does not need If-Match (checked when sent).
        if (body.type() != UpdateType.COMMENT || ifMatch != null) {
            ETags.check(ifMatch, r.version);
        }
        Instant now = clock.now();
        RecommendationUpdate entry = entry(r, body.type(), now);
        entry.note = note;
        switch (body.type()) {
            case COMMENT -> { }
            case STATUS_CHANGE -> changeStatus(r, body.status(), body.supersededBy(), evidence, entry, now);
            case TARGET_DATE_REVISION -> reviseTargetDate(r, body.targetDate(), reason, entry, now);
        }
        updates.persist(entry);
        recommendations.flush();
        return new CreatedUpdate(view(entry), r.version);
    }

    private void changeStatus(Recommendation r, RecommendationStatus target, UUID supersededBy, String evidence,
            RecommendationUpdate entry, Instant now) {
        RecommendationStatus from = RecommendationStatus.valueOf(r.status);
        if (!from.canMoveTo(target)) {
            List<String> allowed = from.allowedTargets().stream().map(Enum::name).toList();
            throw ProblemException.illegalTransition("A recommendation that is " + from + " cannot move to " + target
                    + (allowed.isEmpty() ? "; " + from + " is final." : "; allowed: " + String.join(", ", allowed) + "."),
                    allowed);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (target.isFinal() && evidence == null) {
            errors.add(new Problem.FieldError("evidence", "is required to close a recommendation (" + target + ")"));
        }
        if (target == RecommendationStatus.SUPERSEDED) {
            if (supersededBy == null) {
                errors.add(new Problem.FieldError("supersededBy",
                        "is required for SUPERSEDED: the id of the recommendation that replaces this one"));
            } else if (supersededBy.equals(r.id)) {
                errors.add(new Problem.FieldError("supersededBy", "must be another recommendation"));
            } else {
                Recommendation replacement = recommendations.findById(supersededBy);
                if (replacement == null) {
                    errors.add(new Problem.FieldError("supersededBy", "no recommendation " + supersededBy));
                } else if (replacement.status.equals(RecommendationStatus.SUPERSEDED.name())
                        || replacement.status.equals(RecommendationStatus.WITHDRAWN.name())) {
                    errors.add(new Problem.FieldError("supersededBy", "the replacement is itself " + replacement.status));
                }
            }
        } else if (supersededBy != null) {
            errors.add(new Problem.FieldError("supersededBy", "only for a STATUS_CHANGE to SUPERSEDED"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        entry.previousStatus = from.name();
        entry.status = target.name();
        entry.supersededBy = supersededBy;
        entry.evidence = evidence;
        r.status = target.name();
        r.supersededBy = supersededBy;
        if (target.isFinal()) {
            r.closedAt = now;
            r.closedBy = entry.recordedBy;
            r.closureEvidence = evidence;
        }
        r.updatedAt = now;
    }

    private void reviseTargetDate(Recommendation r, LocalDate target, String reason, RecommendationUpdate entry,
            Instant now) {
        RecommendationStatus status = RecommendationStatus.valueOf(r.status);
        if (status.isFinal()) {
            throw ProblemException.conflict("The recommendation is " + status + " (closed): its target date no longer"
                    + " moves.");
        }
        LocalDate publishedOn = inspectionService.find(r.inspectionId).publishedOn;
        if (target.equals(r.targetDate)) {
            throw ProblemException.invalid("targetDate", "is already the target date");
        }
        if (target.isBefore(clock.today())) {
            throw ProblemException.invalid("targetDate", "must not be in the past");
        }
        if (target.isBefore(publishedOn)) {
            throw ProblemException.invalid("targetDate", "must not be before the inspection's publishedOn");
        }
        entry.previousTargetDate = r.targetDate;
        entry.targetDate = target;
        entry.reason = reason;
        if (r.targetDate != null) {
            r.targetRevisions++;
        }
        r.targetDate = target;
        r.updatedAt = now;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public UpdatePage timeline(UUID id, String cursor, int limit) {
        find(id);
        List<String> after = Paging.decodeCursor(cursor, 1);
        UUID afterId = null;
        if (after != null) {
            try {
                afterId = UUID.fromString(after.get(0));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("cursor", "not a cursor returned by this API");
            }
        }
        List<RecommendationUpdate> rows = (afterId == null
                ? updates.find("recommendationId = ?1 order by id", id)
                : updates.find("recommendationId = ?1 and id > ?2 order by id", id, afterId))
                .range(0, limit).list();
        List<UpdateView> items = rows.stream().limit(limit).map(RecommendationService::view).toList();
        String next = rows.size() > limit ? Paging.encodeCursor(items.get(items.size() - 1).id()) : null;
        return new UpdatePage(items, next);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UpdateView update(UUID id, UUID updateId) {
        RecommendationUpdate u = updates.findByIdOptional(updateId)
                .filter(e -> e.recommendationId.equals(id))
                .orElseThrow(() -> ProblemException.notFound("Timeline entry", updateId));
        return view(u);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private Recommendation find(UUID id) {
        return recommendations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Recommendation", id));
    }

    private Versioned<RecommendationView> current(UUID id) {
        RegisterQuery.Row row = register.one(id).orElseThrow(() -> ProblemException.notFound("Recommendation", id));
        RecommendationView v = row.view();
        if (v.evidenceFigure() != null) {
            v = withFigure(v, figures.current(v.evidenceFigure()));
        }
        return new Versioned<>(v, row.version());
    }

    private static RecommendationView withFigure(RecommendationView v, InspectionViews.FigureValue f) {
        return new RecommendationView(v.id(), v.inspectionId(), v.inspectionTitle(), v.number(), v.kind(), v.text(),
                v.textVerified(), v.addressees(), v.owner(), v.theme(), v.priority(), v.targetDate(),
                v.targetDateRevisions(), v.status(), v.supersededBy(), v.response(), v.responseDue(), v.responseLate(),
                v.overdue(), v.daysOverdue(), v.rag(), v.lastUpdatedAt(), v.closure(), v.evidenceFigure(), f,
                v.createdBy(), v.createdAt());
    }

    /** Checks addressees (trimmed, no repeats ignoring case) and the evidence figure key; returns the addressees. */
    private List<String> checkText(List<String> addressees, String evidenceFigure) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> cleaned = addressees.stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < cleaned.size(); k++) {
            if (!seen.add(cleaned.get(k).toLowerCase(Locale.ROOT))) {
                errors.add(new Problem.FieldError("addressees[" + k + "]", "repeats an addressee"));
            }
        }
        String key = blankToNull(evidenceFigure);
        if (key != null && !figures.exists(key)) {
            List<String> keys = figures.keys();
            errors.add(new Problem.FieldError("evidenceFigure", "no live figure '" + key + "'"
                    + (keys.isEmpty() ? "" : "; known: " + String.join(", ", keys))));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return cleaned;
    }

    private void rejectDuplicateNumber(UUID inspectionId, String number, UUID self) {
        List<Recommendation> same = recommendations.find("inspectionId = ?1 and number = ?2", inspectionId, number)
                .list();
        for (Recommendation other : same) {
            if (!other.id.equals(self)) {
                throw ProblemException.conflict("The inspection already has a recommendation numbered " + number + ".",
                        other.id.toString());
            }
        }
    }

    private static void setOwner(Recommendation r, Owner owner) {
        r.ownerOrganisation = owner == null ? null : owner.organisation().strip();
        r.ownerContact = owner == null ? null : blankToNull(owner.contact());
    }

    private RecommendationUpdate entry(Recommendation r, UpdateType type, Instant now) {
        RecommendationUpdate e = new RecommendationUpdate();
        e.id = Ids.newId();
        e.recommendationId = r.id;
        e.type = type.name();
        e.recordedBy = caller.subject();
        e.recordedAt = now;
        return e;
    }

    private static void forbid(List<Problem.FieldError> errors, String type, Object... namesAndValues) {
        for (int k = 0; k < namesAndValues.length; k += 2) {
            if (namesAndValues[k + 1] != null) {
                errors.add(new Problem.FieldError((String) namesAndValues[k], "does not belong to a " + type));
            }
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static UpdateView view(RecommendationUpdate u) {
        return new UpdateView(u.id, UpdateType.valueOf(u.type), u.note,
                u.status == null ? null : RecommendationStatus.valueOf(u.status),
                u.previousStatus == null ? null : RecommendationStatus.valueOf(u.previousStatus), u.supersededBy,
                u.targetDate, u.previousTargetDate, u.reason, u.evidence, u.recordedBy, u.recordedAt);
    }
}
