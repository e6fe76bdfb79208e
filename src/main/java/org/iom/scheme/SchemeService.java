package org.iom.scheme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.MergePatch;
import org.iom.common.Paging;
import org.iom.common.Problem;
import org.iom.common.ProblemException;
import org.iom.common.db.Database;
import org.iom.common.db.Where;
import org.iom.reference.ReferenceService;

/** Schemes: create, read, list with filters, change. Schemes are not personal data: every role reads them. */
@ApplicationScoped
public class SchemeService {

    /** Fields of a scheme that exist but can never be changed by a PATCH. */
    static final Set<String> IMMUTABLE = Set.of("id", "code", "createdAt", "updatedAt");

    @Inject SchemeRepository schemes;
    @Inject SchemeQuery query;
    @Inject Database database;
    @Inject ReferenceService reference;
    @Inject AppClock clock;
    @Inject ObjectMapper json;
    @Inject Validator validator;

    @Transactional
    public SchemeView create(NewScheme body) {
        checkReferences(body);
        Optional<Scheme> existing = schemes.findByCode(body.code());
        if (existing.isPresent()) {
            throw ProblemException.conflict("A scheme with code " + body.code() + " already exists.",
                    existing.get().id.toString());
        }
        Scheme s = new Scheme();
        s.created(clock.now());
        s.code = body.code();
        apply(s, body);
        s.status = body.status() == null ? SchemeStatus.ACTIVE : body.status();
        schemes.persist(s);
        schemes.flush();
        return view(s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SchemeView> get(UUID id) {
        return Optional.ofNullable(schemes.findById(id)).map(SchemeService::view);
    }

    /** What other features need to know about a scheme, or empty when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SchemeRef> ref(UUID id) {
        return Optional.ofNullable(schemes.findById(id)).map(s -> new SchemeRef(s.id, s.code, s.status,
                Cohort.sorted(s.cohorts), s.launchedOn));
    }

    @Transactional
    public SchemeView patch(UUID id, JsonNode patch, String ifMatch) {
        Scheme s = schemes.findById(id);
        if (s == null) {
            throw ProblemException.notFound("Scheme", id);
        }
        long expected = ETags.requireVersion(ifMatch);
        NewScheme current = asNewScheme(s);
        NewScheme merged = MergePatch.apply(json, current, patch, IMMUTABLE);
        validate(merged);
        if (patch.has("status") && merged.status() == null) {
            throw ProblemException.invalid("status", "must not be null");
        }
        checkReferences(merged);
        if (expected != s.version) {
            throw ETags.stale();
        }
        if (!normalised(merged).equals(current)) {
            apply(s, merged);
            s.status = merged.status();
            s.updatedAt = clock.now();
            schemes.flush();
        }
        return view(s);
    }

    /** A page of schemes in code order, filtered, with the total when asked. */
    public SchemePage list(SchemeFilter filter) {
        List<String> after = Paging.decodeCursor(filter.cursor(), 1);
        int limit = filter.pageSize();
        Where where = SchemeQuery.where(filter);
        return database.inTransaction(h -> {
            Long total = filter.countAll() ? query.count(h, where) : null;
            List<SchemeView> rows = query.page(h, where, after == null ? null : after.get(0), limit);
            List<SchemeView> items = rows.size() > limit ? rows.subList(0, limit) : rows;
            String next = rows.size() > limit ? Paging.encodeCursor(items.get(limit - 1).code()) : null;
            return new SchemePage(items, next, total);
        });
    }

    private void validate(NewScheme merged) {
        List<Problem.FieldError> errors = Problem.FieldError.of(validator.validate(merged));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Rules beyond the field annotations: references exist, cohorts do not repeat. */
    private void checkReferences(NewScheme body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!reference.forceExists(body.policeForceId())) {
            errors.add(new Problem.FieldError("policeForceId", "no police force '" + body.policeForceId()
                    + "' (see /v1/police-forces)"));
        }
        if (!reference.regionExists(body.probationRegionCode())) {
            errors.add(new Problem.FieldError("probationRegionCode", "no probation region '"
                    + body.probationRegionCode() + "' (see /v1/probation-regions)"));
        }
        if (new HashSet<>(body.cohorts()).size() != body.cohorts().size()) {
            errors.add(new Problem.FieldError("cohorts", "must not name a cohort twice"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(Scheme s, NewScheme body) {
        s.name = body.name();
        s.policeForceId = body.policeForceId();
        s.probationRegionCode = body.probationRegionCode();
        s.launchedOn = body.launchedOn();
        s.setting = body.setting();
        s.cohorts = body.cohorts().stream().sorted().map(Enum::name).toArray(String[]::new);
        s.coLocated = body.coLocated();
        s.sharedCaseSystem = body.sharedCaseSystem();
        Contact c = Contact.absent(body.contact()) ? null : body.contact();
        s.contactName = c == null ? null : c.name();
        s.contactEmail = c == null ? null : c.email();
        s.contactPhone = c == null ? null : c.phone();
    }

    /** The same scheme with cohorts in canonical order and an empty contact as none, for change detection. */
    private static NewScheme normalised(NewScheme n) {
        return new NewScheme(n.code(), n.name(), n.policeForceId(), n.probationRegionCode(), n.launchedOn(), n.status(),
                n.setting(), n.cohorts().stream().sorted().toList(), n.coLocated(), n.sharedCaseSystem(),
                Contact.absent(n.contact()) ? null : n.contact());
    }

    private static NewScheme asNewScheme(Scheme s) {
        return new NewScheme(s.code, s.name, s.policeForceId, s.probationRegionCode, s.launchedOn, s.status, s.setting,
                Cohort.sorted(s.cohorts), s.coLocated, s.sharedCaseSystem,
                Contact.of(s.contactName, s.contactEmail, s.contactPhone));
    }

    static SchemeView view(Scheme s) {
        return new SchemeView(s.id, s.code, s.name, s.policeForceId, s.probationRegionCode, s.launchedOn, s.status,
                s.setting, Cohort.sorted(s.cohorts), s.coLocated, s.sharedCaseSystem,
                Contact.of(s.contactName, s.contactEmail, s.contactPhone), s.createdAt, s.updatedAt, s.version);
    }
}
