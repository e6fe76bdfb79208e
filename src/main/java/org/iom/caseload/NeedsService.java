package org.iom.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iom.audit.AuditAction;
import org.iom.audit.AccessLog;
import org.iom.common.AppClock;
import org.iom.common.ETags;
import org.iom.common.Ids;
import org.iom.common.Problem;
import org.iom.common.SqlValues;
import org.iom.security.Caller;

/**
 * Needs assessments: append-only; the newest (latest assessedOn, then latest recorded) is the current one. The needs
 * resource's entity tag is the number of assessments recorded, so a PUT based on a stale read is a 412.
 */
@ApplicationScoped
public class NeedsService {

    @Inject
    CaseService caseService;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    AppClock clock;

    @Transactional
    public CaseNeeds get(UUID caseId) {
        IomCase c = caseService.visibleCase(caseId, false);
        CaseNeeds needs = new CaseNeeds(c.id, null, history(c.id));
        accessLog.record(AuditAction.CONSULTATION, c.id, c.schemeId);
        return withCurrent(needs);
    }

    @Transactional
    public CaseNeeds record(UUID caseId, NewNeedsAssessment body, String ifMatch) {
        IomCase c = caseService.visibleCase(caseId, true);
        long expected = ETags.requireVersion(ifMatch);
        List<NeedsAssessmentView> history = history(c.id);
        if (expected != history.size()) {
            throw ETags.stale();
        }
        CaseService.requireActive(c);
        List<Problem.FieldError> errors = new ArrayList<>();
        body.needs().missingAreas().forEach(area -> errors.add(new Problem.FieldError("needs." + area,
                "required: give a severity for every need area")));
        LocalDate today = clock.today();
        if (body.assessedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("assessedOn", "must not be in the future"));
        } else if (body.assessedOn().isBefore(c.selectedOn)) {
            errors.add(new Problem.FieldError("assessedOn", "must not be before the selection date " + c.selectedOn));
        } else if (!history.isEmpty() && body.assessedOn().isBefore(history.get(0).assessedOn())) {
            errors.add(new Problem.FieldError("assessedOn", "must not be before the current assessment's date "
                    + history.get(0).assessedOn() + " (a PUT records the new current assessment)"));
        }
        CaseService.throwIfAny(errors);
        NeedsAssessment a = new NeedsAssessment();
        a.id = Ids.newId();
        a.caseId = c.id;
        a.schemeId = c.schemeId;
        a.assessedOn = body.assessedOn();
        Needs n = body.needs();
        a.accommodation = n.accommodation();
        a.educationTrainingAndEmployability = n.educationTrainingAndEmployability();
        a.financialManagementAndIncome = n.financialManagementAndIncome();
        a.relationships = n.relationships();
        a.lifestyleAndAssociates = n.lifestyleAndAssociates();
        a.drugMisuse = n.drugMisuse();
        a.alcoholMisuse = n.alcoholMisuse();
        a.emotionalWellBeing = n.emotionalWellBeing();
        a.thinkingAndBehaviour = n.thinkingAndBehaviour();
        a.attitudes = n.attitudes();
        a.recordedBy = caller.subject();
        a.recordedAt = clock.now();
        em.persist(a);
        em.flush();
        accessLog.record(AuditAction.ALTERATION, c.id, c.schemeId);
        List<NeedsAssessmentView> updated = new ArrayList<>(history.size() + 1);
        updated.add(new NeedsAssessmentView(a.id, a.assessedOn, n, a.recordedBy, a.recordedAt));
        updated.addAll(history);
        return withCurrent(new CaseNeeds(c.id, null, updated));
    }

    private static CaseNeeds withCurrent(CaseNeeds n) {
        return new CaseNeeds(n.caseId(), n.history().isEmpty() ? null : n.history().get(0), n.history());
    }

    /** Every assessment of the case, newest first, in one statement. */
    @SuppressWarnings("unchecked")
    private List<NeedsAssessmentView> history(UUID caseId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, assessed_on, accommodation, education_training_and_employability,
                       financial_management_and_income, relationships, lifestyle_and_associates, drug_misuse,
                       alcohol_misuse, emotional_well_being, thinking_and_behaviour, attitudes, recorded_by, recorded_at
                from needs_assessment where case_id = :caseId
                order by assessed_on desc, recorded_at desc, id desc""")
                .setParameter("caseId", caseId).getResultList();
        return rows.stream().map(r -> new NeedsAssessmentView(SqlValues.uuid(r[0]), SqlValues.date(r[1]),
                new Needs(sev(r[2]), sev(r[3]), sev(r[4]), sev(r[5]), sev(r[6]), sev(r[7]), sev(r[8]), sev(r[9]),
                        sev(r[10]), sev(r[11])),
                (String) r[12], SqlValues.instant(r[13]))).toList();
    }

    private static Severity sev(Object v) {
        return Severity.valueOf((String) v);
    }
}
